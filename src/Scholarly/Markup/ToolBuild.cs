namespace Scholarly.Markup;

/// <summary>
/// Which build of the code that reads and typesets content this is, for the caches beside a site: the module ids of
/// Scholarly and of the libraries whose output it keeps (YamlDotNet reads front matter, Markdig renders Markdown,
/// Jint runs Temml), and the runtime's version. A package update that keeps its assembly version (YamlDotNet 18.1.0
/// is assembly 18.0.0.0) still changes its module id, so a cache written before it is not read.
/// </summary>
internal static class ToolBuild
{
    public static readonly string Identity = string.Join('-',
        new[] { typeof(ToolBuild), typeof(YamlDotNet.RepresentationModel.YamlStream), typeof(Markdig.Markdown), typeof(Jint.Engine) }
            .Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Append(Environment.Version.ToString()));
}
