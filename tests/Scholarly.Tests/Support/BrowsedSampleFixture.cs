namespace Scholarly.Tests.Support;

/// <summary>A fixture over the sample site built with one theme, served and loaded in Chromium (<see cref="BrowsedSample"/>).</summary>
public abstract class BrowsedSampleFixture(string? theme)
{
    private BrowsedSample? _sample;

    /// <summary>The theme the sample is built with (null: the default).</summary>
    protected string? Theme { get; } = theme;

    internal BrowsedSample Sample => _sample ?? throw new InvalidOperationException("the fixture has not started");

    [OneTimeSetUp]
    public async Task StartSampleAsync() => _sample = await BrowsedSample.StartAsync(Theme);

    [OneTimeTearDown]
    public async Task StopSampleAsync()
    {
        if (_sample is not null)
        {
            await _sample.DisposeAsync();
        }
    }
}
