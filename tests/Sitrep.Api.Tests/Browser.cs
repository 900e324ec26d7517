using Microsoft.Playwright;
using Sitrep.Testing;

namespace Sitrep.Api.Tests;

/// <summary>Debian's chromium (tools/ci/install-chromium.sh) driven by Playwright: Playwright's own browser download
/// is never used. Skips with the reason when chromium is absent; with CI=true that is a failure.</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        var path = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") is { Length: > 0 } p ? p : ChromiumPath;
        if (!File.Exists(path))
        {
            var reason = $"{path} not found: run tools/ci/install-chromium.sh (or set SITREP_CHROMIUM)";
            if (SharedData.InCi)
            {
                Assert.Fail(reason + " — CI=true, so this is a failure");
            }
            Assert.Skip(reason);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = Args,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }
}
