using CoParent.Web.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>
/// CoParent on a real Kestrel port (SQLite) and Debian's Chromium driven by Playwright: never a downloaded
/// browser. The browser comes from <c>COPARENT_TEST_BROWSER</c> (or /usr/bin/chromium when present).
/// Outside CI the journeys skip when there is no browser; in CI they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string? BrowserPath =
        Environment.GetEnvironmentVariable("COPARENT_TEST_BROWSER") is { Length: > 0 } configured ? configured
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    private IPlaywright? _playwright;

    public KestrelApp App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public string? SkipReason => BrowserPath is null
        ? (TestEnvironment.IsCi
            ? throw new InvalidOperationException("CI=true but no browser: set COPARENT_TEST_BROWSER=/usr/bin/chromium (apt-get install chromium).")
            : "Browser journeys need Chromium: apt-get install chromium, or set COPARENT_TEST_BROWSER")
        : null;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        await App.InitializeAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Chromium treats localhost as a secure context, so the Secure session cookie works over plain HTTP here.
        BaseUrl = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal).Replace("[::1]", "localhost", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserPath,
            Headless = true,
            // The machine has no network beyond its package registries: keep Chromium from trying.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies), signed in as the user when one is given.</summary>
    public async Task<IPage> NewPageAsync(string? userName = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        if (userName is not null)
        {
            var response = await page.GotoAsync("/sign-in");
            if (response is null || !response.Ok)
            {
                throw new InvalidOperationException($"/sign-in answered {response?.Status}: {string.Join("\n", App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)))}");
            }
            await page.GetByLabel("User name").FillAsync(userName);
            await page.GetByLabel("Password").FillAsync(TestUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            // Signed in once the next page's document is parsed; waiting for every resource's load event as well
            // timed out now and then under CI's load, and no journey needs it.
            try
            {
                await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            }
            catch (TimeoutException e)
            {
                // Say what the page and the app said, so a failure here can be told apart from a slow machine.
                var said = await page.Locator("h1, .govuk-error-summary").AllInnerTextsAsync();
                throw new InvalidOperationException(
                    $"Signing in as {userName} did not leave /sign-in: the page says '{string.Join(" / ", said)}'; app errors: " +
                    string.Join("\n", App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warn", StringComparison.Ordinal))), e);
            }
        }
        return page;
    }
}

/// <summary>The app on Kestrel with a dynamic port, over its own SQLite file.</summary>
public sealed class KestrelApp : CoParentApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"coparent-browser-{Guid.NewGuid():N}.db");

    public KestrelApp() => UseKestrel(0);

    public override string ConnectionString => $"Data Source={_file}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>Base for browser journeys: <see cref="Fixture"/> skips (outside CI) when there is no browser.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture)
{
    protected BrowserFixture Fixture
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture;
        }
    }

    /// <summary>Checks the page with axe-core (WCAG 2.2 AA rules) and fails listing every violation.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
