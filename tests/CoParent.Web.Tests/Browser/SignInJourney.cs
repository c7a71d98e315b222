using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

public sealed class SignInJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task SignIn_WithNothingEntered_ShowsErrorSummaryThenSignsIn()
    {
        var page = await Fixture.NewPageAsync();

        await page.GotoAsync("/");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter your user name");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("User name").FillAsync(TestUsers.Manager);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CoParent");
        await AssertAccessibleAsync(page);
    }

    [SkippableFact]
    public async Task SignOut_FromTheMenu_EndsTheSession()
    {
        var page = await Fixture.NewPageAsync(TestUsers.SocialWorker);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have signed out");
        await page.GotoAsync("/");

        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
    }
}
