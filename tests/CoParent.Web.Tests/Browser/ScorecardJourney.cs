using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>Issue 7: a Panel member (a councillor) reads the scorecard for the last quarter, a measure's trend, and the printable version, each page checked by axe.</summary>
public sealed class ScorecardJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task Councillor_OpensScorecardReadsTrendAndPrintView_EveryPageAccessible()
    {
        var page = await Fixture.NewPageAsync(TestUsers.Councillor);

        // The scorecard opens on the last complete quarter (the test clock is 23 November 2026).
        await page.GotoAsync("/scorecard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Panel scorecard");
        await Assertions.Expect(page.Locator("#period-shown")).ToContainTextAsync("1 July 2026 to 30 September 2026");
        await AssertAccessibleAsync(page);

        // The trend behind a measure's sparkline: five periods, the chosen quarter last.
        await page.Locator("#measure-journey\\.started details summary").ClickAsync();
        var trend = page.Locator("#trend-journey\\.started tbody tr");
        await Assertions.Expect(trend).ToHaveCountAsync(5);
        await Assertions.Expect(trend.Last).ToContainTextAsync("July to September 2026");
        await Assertions.Expect(trend.First).ToContainTextAsync("July to September 2025");
        await AssertAccessibleAsync(page);

        // The printable version: the same quarter, no menu, no forms, and no sensitive marking (the figures are suppressed).
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable version of this scorecard" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/scorecard/print", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("1 July 2026 to 30 September 2026");
        await Assertions.Expect(page.Locator("nav, form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#marking")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }
}
