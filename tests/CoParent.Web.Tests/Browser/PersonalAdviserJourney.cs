using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>A personal adviser's morning (issue 6): their young people, a pathway plan review and a new status, every page checked by axe.</summary>
public sealed class PersonalAdviserJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task PersonalAdviser_OpensTheirYoungPerson_RecordsAReviewAndANewStatus_SeesBothOnTheRecord()
    {
        var familyName = TestData.UniqueFamilyName("Journey");
        var leaver = await TestData.CreateCareLeaverAsync(Fixture.App, Fixture.App.Users.PersonalAdviserId, familyName: familyName);
        var page = await Fixture.NewPageAsync(TestUsers.PersonalAdviser);

        // "My young people" (the layout's nav link is the lead's to add; the adviser goes there directly).
        await page.GotoAsync("/care-leavers");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My young people");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Bea {familyName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Leaving care");
        await AssertAccessibleAsync(page);

        // The pathway plan: first forgetting what changed, then properly.
        await page.GetByRole(AriaRole.Link, new() { Name = "Update the pathway plan or record a review" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.Locator("#Input_AgreedDate").FillAsync("10");
        await page.Locator("#Input_AgreedDate_Month").FillAsync("1");
        await page.Locator("#Input_AgreedDate_Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save pathway plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what changed in the plan at the review");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("What changed in the plan").FillAsync("Started an apprenticeship; moving to a flat in the spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save pathway plan" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/children/{leaver.Id}/leaving-care#pathway-plan", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#pathway-plan-reviews")).ToContainTextAsync("Started an apprenticeship");
        await Assertions.Expect(page.Locator("#next-review-due")).ToContainTextAsync("23 May 2027");

        // What they are doing now.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record what they are doing now" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Full-time apprenticeship").CheckAsync();
        await page.Locator("#Input_EmployedByCouncil").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save status" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/children/{leaver.Id}/leaving-care#eet", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#eet-now")).ToContainTextAsync("Full-time apprenticeship");
        await Assertions.Expect(page.Locator("#eet-now")).ToContainTextAsync("In education, employment or training");
        await AssertAccessibleAsync(page);
    }
}
