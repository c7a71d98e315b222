using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>A child answers Have Your Say on a phone, with no account, and every page is checked by axe.</summary>
public sealed class HaveYourSayJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task Child_OnAPhone_EntersCode_AnswersSurvey_SeesThankYou_CodeThenRefusedKindly()
    {
        var child = await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId,
            familyName: TestData.UniqueFamilyName("Phone"));
        var survey = await TestData.CreateOpenSurveyAsync(Fixture.App);
        var code = await TestData.IssueCodeAsync(Fixture.App, survey.Id, child.Id);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(375, 667);

        await page.GotoAsync("/have-your-say");
        await AssertAccessibleAsync(page);
        await AssertFitsTheScreenAsync(page);
        await page.GetByLabel("Type your code").FillAsync(Core.Voice.InvitationCode.Show(code).ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(survey.Title);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(child.FamilyName);
        await AssertAccessibleAsync(page);
        await AssertFitsTheScreenAsync(page);
        await page.GetByRole(AriaRole.Group, new() { Name = "1. Do you understand the plan to see your family?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "2. Thinking about your care, do you feel listened to?" }).GetByLabel("Sometimes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "6. How well have you been supported by Children's Services?" }).GetByLabel("Really good").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");
        await AssertAccessibleAsync(page);
        await AssertFitsTheScreenAsync(page);

        await page.GotoAsync("/have-your-say");
        await page.GetByLabel("Type your code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("already been used");
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"{page.Url} is {width}px wide: a phone would scroll sideways");
    }
}
