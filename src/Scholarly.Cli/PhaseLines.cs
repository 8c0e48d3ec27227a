using System.Globalization;
using Scholarly.Text;

namespace Scholarly.Cli;

/// <summary>What <c>--verbose</c> prints after a build (<c>build</c>) or a rebuild (<c>serve</c>): each phase's time and what was kept.</summary>
internal static class PhaseLines
{
    public static IEnumerable<string> Of(BuildResult result)
    {
        foreach (var (phase, elapsed) in result.Phases)
        {
            yield return $"  {phase,-18} {Milliseconds(elapsed),6} ms";
        }

        if (result.FilesKept > 0)
        {
            yield return $"  {Plural.Of(result.FilesKept, "file")} ({Plural.Of(result.PagesKept, "page")}) unchanged since the last build, kept without making them again";
        }
    }

    public static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
