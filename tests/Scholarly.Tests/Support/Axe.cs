using System.Text.Json;
using Microsoft.Playwright;

namespace Scholarly.Tests.Support;

/// <summary>axe-core (npm, tests/tools/html-checks) run in a page as it is now: its violations, one line each.</summary>
internal static class Axe
{
    private static string Script => Path.Combine(RepositoryPaths.Root, "tests", "tools", "html-checks", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Skips the test where axe-core is not installed, except under CI (CI=true), where that is a failure.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Script))
        {
            const string message = "axe-core is not installed: npm ci in tests/tools/html-checks";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }
    }

    /// <summary>"rule (count): element: why" for each violation on the page.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page)
    {
        RequireInstalled();
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').split('\\n').slice(1).join(' ').trim()) }))");
        var violations = new List<string>();
        foreach (var violation in json.EnumerateArray())
        {
            var nodes = violation.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()).ToList();
            violations.Add($"{violation.GetProperty("id").GetString()} ({nodes.Count}): {string.Join(" | ", nodes.Take(3))}");
        }

        return violations;
    }
}
