using System.ComponentModel;
using System.Reflection;
using Spectre.Console.Cli;

namespace Scholarly.Cli.Commands;

/// <summary>
/// <c>scholarly new DIR</c>: scaffolds a site (config with every key explained, profile, two example papers, an about page, an
/// example of news, a talk, a course, a project and a CV, static/, .gitignore and a GitHub Pages workflow) from the files embedded under Scaffold/.
/// </summary>
internal sealed class NewCommand(CommandOutput output) : Command<NewCommand.Settings>
{
    private const string ResourcePrefix = "Scaffold/";
    private const string NamePlaceholder = "__NAME__";
    private const string VersionPlaceholder = "__VERSION__";

    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to create the site in.")]
        public string Directory { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("Your name, as authors lists write it. Default: Your Name")]
        public string Name { get; init; } = "Your Name";

        [CommandOption("-f|--force")]
        [Description("Write into a folder that is not empty (files of the same name are replaced).")]
        public bool Force { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(settings.Directory);
        if (System.IO.Directory.Exists(target) && System.IO.Directory.EnumerateFileSystemEntries(target).Any() && !settings.Force)
        {
            output.Error.WriteLine($"{settings.Directory}: error: the folder is not empty; choose another or use --force");
            return ScholarlyApp.Failure;
        }

        var assembly = typeof(NewCommand).Assembly;
        var written = 0;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = string.Join('/', resource[ResourcePrefix.Length..].Split('/').Select(Undot));
            var path = Path.Combine(target, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // The name only ever stands inside double-quoted YAML strings: escaped as such, any name is safe.
            var quoted = Scholarly.Import.PaperFileWriter.Quote(settings.Name)[1..^1];
            var text = Read(assembly, resource).Replace(NamePlaceholder, quoted, StringComparison.Ordinal).Replace(VersionPlaceholder, ToolVersion, StringComparison.Ordinal);
            File.WriteAllText(path, text);
            written++;
        }

        output.Out.WriteLine($"Created a site in {settings.Directory} ({written} files), pinned to Scholarly {ToolVersion}. Next:");
        output.Out.WriteLine($"  cd {ShellWord(settings.Directory)}");
        output.Out.WriteLine("  scholarly serve     # see it at http://127.0.0.1:5150/ while you edit");
        output.Out.WriteLine("  scholarly build     # write it to output/");
        return ScholarlyApp.Success;
    }

    /// <summary>
    /// The version of this tool, as its package is versioned (no "+commit" suffix): the site's tool manifest pins it,
    /// so the Pages workflow builds with the version the site was made and tried with.
    /// </summary>
    internal static string ToolVersion { get; } = PackageVersion(typeof(NewCommand).Assembly);

    private static string PackageVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }

    /// <summary>A folder name as a shell reads it: quoted when it holds anything but plain characters.</summary>
    private static string ShellWord(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Scaffold files that start with a dot are stored as "dot-..." so the repository's own tools leave them alone.</summary>
    private static string Undot(string part) => part.StartsWith("dot-", StringComparison.Ordinal) ? "." + part[4..] : part;

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
