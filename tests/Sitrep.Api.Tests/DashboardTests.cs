using Microsoft.Playwright;

namespace Sitrep.Api.Tests;

/// <summary>End to end: the dashboard in a real (headless) chromium against the real server and store.</summary>
public sealed class DashboardTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly string ScreenshotPath = Path.Combine(Path.GetTempPath(), "sitrep-dashboard.png");

    [Fact]
    public async Task Map_renders_basemap_and_event_markers_and_the_panel_highlights_evidence()
    {
        var (playwright, browser) = await Browser.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(server.BaseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForFunctionAsync("document.getElementById('status').dataset.count !== undefined");
        Assert.Equal("14", await page.GetAttributeAsync("#status", "data-count"));
        // Basemap: country polygons drawn from the vendored Natural Earth TopoJSON.
        Assert.True(await page.Locator("path.leaflet-interactive, .leaflet-overlay-pane path").CountAsync() > 100);
        // Markers (or clusters where they are dense) are on the map; the timeline has bars.
        var markers = await page.Locator("path.event-marker").CountAsync() + await page.Locator(".marker-cluster").CountAsync();
        Assert.True(markers >= 5, $"only {markers} markers/clusters");
        Assert.True(await page.Locator("#timeline rect.bar").CountAsync() >= 2);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });
        var mapPng = await page.Locator("#map").ScreenshotAsync();
        var stats = PngStats.Measure(mapPng);
        Assert.True(stats.DistinctColours > 20, $"map looks blank: {stats.DistinctColours} colours");
        Assert.True(stats.SaturatedPixels > 500, $"no markers visible on the map ({stats.SaturatedPixels} vivid pixels)");
        var blankPng = PngStats.Measure(await page.Locator("header").ScreenshotAsync());
        Assert.True(blankPng.SaturatedPixels < stats.SaturatedPixels / 10, "the vivid-pixel measure does not tell markers from chrome");

        // Only this server was contacted: no tile server, no CDN.
        Assert.All(requests, url => Assert.StartsWith(server.BaseAddress.GetLeftPart(UriPartial.Authority), url));
        Assert.Empty(errors);

        // Filter to Burkina Faso: one event; open it; both reports' article texts with highlighted evidence.
        await page.FillAsync("input[name=country]", "BF");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForFunctionAsync("document.getElementById('status').dataset.count === '1'");
        await page.Locator("path.event-marker").First.ClickAsync(new LocatorClickOptions { Force = true });
        await page.WaitForSelectorAsync("#event-panel:not([hidden]) .report mark[data-field=fatalities]");
        Assert.Equal("2", await page.TextContentAsync("#sources-count"));
        Assert.Equal(2, await page.Locator(".report").CountAsync());
        var marked = await page.Locator(".report mark[data-field=fatalities]").AllTextContentsAsync();
        Assert.Contains(marked, t => t.Contains("At least 30 civilians were killed"));
        Assert.Contains("Djibo", await page.TextContentAsync(".report .article-text"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "sitrep-dashboard-panel.png") });
    }
}
