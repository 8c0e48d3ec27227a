using Microsoft.Playwright;

namespace Scholarly.Tests.Support;

/// <summary>
/// A fixture over <see cref="SearchSite"/> built with one theme, served over HTTP under <paramref name="prefix"/>
/// and loaded in Chromium: what the search and the filter's browser tests share.
/// </summary>
public abstract class SearchSiteFixture(string theme, string prefix)
{
    private TestSite? _site;
    private StaticServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected string Theme { get; } = theme;

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("the fixture has not started");

    internal StaticServer Server => _server ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>The built site's folder as a file:// address, ending with '/'.</summary>
    protected string OnDisk => new Uri(OutputDirectory + "/").AbsoluteUri;

    /// <summary>The built site's folder.</summary>
    protected string OutputDirectory => _site?.OutputDirectory ?? throw new InvalidOperationException("the fixture has not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _site = SearchSite.Create();
        var result = _site.Build(theme: Theme);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        _server = new StaticServer(_site.OutputDirectory, prefix);
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _server?.Dispose();
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _site?.Dispose();
    }

    /// <summary>A new page in a context of its own, with the address of every request it makes; disposing closes the context.</summary>
    protected async Task<OpenPage> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        return new OpenPage(context, page, requests);
    }

    protected sealed record OpenPage(IBrowserContext Context, IPage Page, List<string> Requests) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }
}
