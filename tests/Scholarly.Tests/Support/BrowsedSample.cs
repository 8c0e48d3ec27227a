using Microsoft.Playwright;

namespace Scholarly.Tests.Support;

/// <summary>
/// The sample site built with one theme into a folder of its own, served over HTTP, with a headless Chromium to load
/// it: what the browser fixtures share. Disposing stops all three and deletes the folder.
/// </summary>
internal sealed class BrowsedSample : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly StaticServer _server;

    private BrowsedSample(IPlaywright playwright, IBrowser browser, string output, StaticServer server)
    {
        _playwright = playwright;
        Browser = browser;
        Output = output;
        _server = server;
    }

    public IBrowser Browser { get; }

    /// <summary>The built site's folder.</summary>
    public string Output { get; }

    /// <summary>The site's address on the loopback server, ending with '/'.</summary>
    public string BaseUrl => _server.BaseUrl;

    public static async Task<BrowsedSample> StartAsync(string? theme = null)
    {
        var output = Path.Combine(Path.GetTempPath(), "scholarly-tests", Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, output, Theme: theme, BuiltInThemesDirectory: RepositoryPaths.Themes));
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        var (playwright, browser) = await Chromium.LaunchAsync();
        return new BrowsedSample(playwright, browser, output, new StaticServer(output));
    }

    public async ValueTask DisposeAsync()
    {
        _server.Dispose();
        await Browser.CloseAsync();
        _playwright.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
