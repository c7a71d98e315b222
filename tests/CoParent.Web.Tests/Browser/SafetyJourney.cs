using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>Issue 6: a missing episode and its return conversation, recorded as a social worker would, every page checked by axe.</summary>
public sealed class SafetyJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task SocialWorker_RecordsMissingEpisode_ReturnAndConversationHeldInTime_SeesItOnTheSafetyPage()
    {
        var familyName = TestData.UniqueFamilyName("Journey");
        var child = await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId,
            givenName: "Kai", familyName: familyName, dateOfBirth: new DateOnly(2011, 3, 14), since: new DateOnly(2025, 6, 2));
        var page = await Fixture.NewPageAsync(TestUsers.SocialWorker);

        // Open the child and their safety section.
        await page.GotoAsync($"/children/{child.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Safety", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Safety");
        await AssertAccessibleAsync(page);

        // The child went missing on Saturday evening, and was reported to the police.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a missing episode" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Missing", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Day").FillAsync("21");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Time the child went missing (optional)").FillAsync("19:45");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#missing-now")).ToContainTextAsync("missing since 21 November 2026 at 19:45");
        await AssertAccessibleAsync(page);

        // They came back on Sunday morning.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record that Kai " + familyName + " has come back" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Day").FillAsync("22");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Time the child came back (optional)").FillAsync("08:10");
        await page.GetByLabel("Where the child was found (optional)").FillAsync("At a friend's house");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".missing-episode .govuk-tag")).ToHaveTextAsync("Due");
        await AssertAccessibleAsync(page);

        // The Missing Chat was offered that afternoon and held the next morning, inside the 72 hours.
        await page.Locator(".missing-episode a[href$='/conversation']").ClickAsync();
        await AssertAccessibleAsync(page);
        await page.Locator("#Input_OfferedOn").FillAsync("22");
        await page.Locator("#Input_OfferedOn_Month").FillAsync("11");
        await page.Locator("#Input_OfferedOn_Year").FillAsync("2026");
        await page.GetByLabel("Time the conversation was offered").FillAsync("14:00");
        await page.GetByLabel("Yes, it was held").CheckAsync();
        await page.Locator("#Input_HeldOn").FillAsync("23");
        await page.Locator("#Input_HeldOn_Month").FillAsync("11");
        await page.Locator("#Input_HeldOn_Year").FillAsync("2026");
        await page.GetByLabel("Time the conversation was held").FillAsync("09:00");
        await page.GetByLabel("Who held the conversation").FillAsync("Jo Bell, Missing Chat worker");
        await page.GetByLabel("What the conversation found").FillAsync("Went to see friends after an argument about a curfew. No risks identified.");
        await page.Locator("#Input_ExploitationConcern_no").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/children/{child.Id}/safety", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".missing-episode .govuk-tag")).ToHaveTextAsync("Held in time");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Jo Bell, Missing Chat worker");
        await Assertions.Expect(page.Locator("#missing-now")).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);

        // The list of missing children and return conversations.
        await page.GotoAsync("/missing");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Missing and return conversations");
        await AssertAccessibleAsync(page);
    }
}
