using Microsoft.Playwright;

namespace Scholarly.Tests.Support;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium), driven by Playwright; Playwright never downloads a browser of its own.
/// Where Chromium is missing the browser tests are skipped with the command that installs it, except under CI
/// (CI=true), where .ci/run installs it and a missing browser is a failure.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            const string message = "Chromium is not installed: apt-get install -y chromium (the browser tests need it)";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
        return (playwright, browser);
    }
}
