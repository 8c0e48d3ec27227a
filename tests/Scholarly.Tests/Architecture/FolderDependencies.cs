using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Scholarly.Tests.Architecture;

/// <summary>
/// Which folder of a project's source uses which: every name written in a file (a type, a member, an extension
/// method, a <c>using</c>) resolved by the compiler to the file that declares it. Reading <c>using</c> lines alone
/// would miss qualified names (<c>Content.SiteLayout</c>) and the parent namespace, which C# makes visible without one.
/// </summary>
internal sealed class FolderDependencies
{
    /// <summary>The folder name given to files at the project's top level.</summary>
    public const string TopLevel = "(top level)";

    private FolderDependencies(IReadOnlyDictionary<(string From, string To), SortedSet<string>> edges, IReadOnlySet<string> folders)
    {
        Edges = edges;
        Folders = folders;
    }

    /// <summary>Each edge with the names that make it, for a message that says what to move.</summary>
    public IReadOnlyDictionary<(string From, string To), SortedSet<string>> Edges { get; }

    public IReadOnlySet<string> Folders { get; }

    public static FolderDependencies Of(string projectFolder)
    {
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(projectFolder, file))
            .ToList();
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file)).ToList();
        var compilation = CSharpCompilation.Create("Layers", trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var from = FolderOf(projectFolder, tree.FilePath);
            folders.Add(from);
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var symbol = node switch
                {
                    UsingDirectiveSyntax @using when @using.Name is not null => model.GetSymbolInfo(@using.Name).Symbol,
                    // A namespace named elsewhere (a namespace declaration, the left of a qualified name) is no use
                    // in itself: the type named after it is.
                    SimpleNameSyntax name => Resolve(model.GetSymbolInfo(name)) is { Kind: not SymbolKind.Namespace } used ? used : null,
                    _ => null,
                };
                foreach (var declaration in DeclaringFiles(symbol))
                {
                    var to = FolderOf(projectFolder, declaration);
                    if (to != from)
                    {
                        var key = (from, to);
                        if (!edges.TryGetValue(key, out var names))
                        {
                            edges[key] = names = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        names.Add(symbol!.Name);
                    }
                }
            }
        }

        return new FolderDependencies(edges, folders);
    }

    private static ISymbol? Resolve(SymbolInfo info) => info.Symbol ?? info.CandidateSymbols.FirstOrDefault();

    /// <summary>
    /// The source files that declare what a name stands for: the type itself, or the type that holds the member; for
    /// a namespace (a <c>using</c>), the files of its own types.
    /// </summary>
    private static IEnumerable<string> DeclaringFiles(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null:
                return [];
            case INamespaceSymbol space:
                return space.GetTypeMembers().SelectMany(type => type.Locations).Where(location => location.IsInSource)
                    .Select(location => location.SourceTree!.FilePath).Distinct();
            default:
                var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
                if (symbol is IMethodSymbol { ReducedFrom: { } extension })
                {
                    type = extension.ContainingType;
                }

                while (type?.ContainingType is not null)
                {
                    type = type.ContainingType;
                }

                return type is null ? [] : type.OriginalDefinition.Locations.Where(location => location.IsInSource)
                    .Select(location => location.SourceTree!.FilePath).Distinct();
        }
    }

    private static string FolderOf(string projectFolder, string file)
    {
        var relative = Path.GetRelativePath(projectFolder, file);
        var separator = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return separator < 0 ? TopLevel : relative[..separator];
    }

    private static bool IsBuildOutput(string projectFolder, string file)
    {
        var first = FolderOf(projectFolder, file);
        return first is "bin" or "obj";
    }

    /// <summary>
    /// The framework and the packages the project uses, all of which sit beside the test assembly; not Scholarly's own
    /// assemblies, whose types must resolve to the source being read.
    /// </summary>
    private static List<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var packages = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => !Path.GetFileName(path).StartsWith("Scholarly", StringComparison.Ordinal));
        return platform.Concat(packages).DistinctBy(Path.GetFileName)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }
}
