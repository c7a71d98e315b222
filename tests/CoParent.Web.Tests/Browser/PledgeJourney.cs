using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>A child reads the council's promises on a phone, with no account, and goes on to have their say.</summary>
public sealed class PledgeJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task Child_OnAPhone_ReadsThePromises_ThenGoesToHaveYourSay()
    {
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(375, 667);

        await page.GotoAsync("/our-pledge");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Our promises to you");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We will keep you safe, healthy and well" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "If you are not happy" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"/our-pledge is {width}px wide: a phone would scroll sideways");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tell us what you think about promise 2" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Have Your Say");
    }
}
