using System.Text.RegularExpressions;
using Scholarly.Configuration;
using Scholarly.Tests.Support;

namespace Scholarly.Tests.Configuration;

/// <summary>
/// The config's keys are declared once (<see cref="SiteConfigLoader.Keys"/>); the README's table and the scaffold's
/// scholarly.yml, which says "every key is here", name exactly those.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed partial class ConfigKeysTests
{
    private static IEnumerable<string> AllKeys =>
        SiteConfigLoader.Keys.Where(key => key != "feed").Concat(SiteConfigLoader.FeedKeys.Select(key => "feed." + key));

    [Test]
    public void TheReadmesTableNamesEveryKeyAndNoOther()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("### `scholarly.yml`", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];

        var documented = TableKey().Matches(section).Select(m => m.Groups["key"].Value).Where(key => key != "key");

        Assert.That(documented, Is.EquivalentTo(AllKeys));
    }

    [Test]
    public void TheScaffoldsConfigShowsEveryKeyAndNoOther()
    {
        var scaffold = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Scholarly.Cli", "Scaffold", "scholarly.yml"));

        // Top-level keys, set or commented out ("# cname: …"); "#   accent: …" under params is a value, not a key.
        var keys = ScaffoldKey().Matches(scaffold).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.That(keys, Is.EquivalentTo(SiteConfigLoader.Keys));
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z_.]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableKey();

    [GeneratedRegex(@"^(?:# )?(?<key>[a-z_]+):(?: |$)", RegexOptions.Multiline)]
    private static partial Regex ScaffoldKey();
}
