using System.Diagnostics;
using System.Text.Json;

namespace Scholarly.Tests.Support;

/// <summary>
/// citation.js, an independent BibTeX parser, run by node from tests/tools/bibtex-parser (installed there with
/// <c>npm ci</c>; .ci/run does it). Where it is not installed the tests that need it are skipped, except under CI.
/// </summary>
internal static class BibtexParser
{
    public sealed record Entry(string Key, string Type, string Title, List<string> Authors, int? Year, string? Doi);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "tools", "bibtex-parser");

    public static List<Entry> Parse(string bibFile)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            const string message = "citation.js is not installed: run npm ci in tests/tools/bibtex-parser (needs node)";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        start.ArgumentList.Add(Path.Combine(Folder, "parse.mjs"));
        start.ArgumentList.Add(bibFile);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.That(node.ExitCode, Is.EqualTo(0), error);
        return JsonSerializer.Deserialize<List<Entry>>(output, Json)!;
    }
}
