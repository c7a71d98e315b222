using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>Issue 5: a Virtual School officer writes a PEP (autosaved as they type), submits it and quality-assures it to approval, every page checked by axe.</summary>
public sealed class PepJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task VirtualSchoolOfficer_WritesSubmitsAndApprovesPep_PepIsApprovedAndLocked()
    {
        var child = await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId,
            givenName: "Mia", familyName: TestData.UniqueFamilyName("Pep"), dateOfBirth: new DateOnly(2014, 2, 3), since: new DateOnly(2025, 3, 3));
        await TestData.EnrolAsync(Fixture.App, child.Id, Fixture.App.Users.SchoolAId, from: new DateOnly(2025, 9, 1));
        await TestData.AllocateVirtualSchoolOfficerAsync(Fixture.App, child.Id, Fixture.App.Users.VirtualSchoolOfficerId);
        var page = await Fixture.NewPageAsync(TestUsers.VirtualSchoolOfficer);

        // The officer opens a child on their caseload and their PEPs.
        await page.GotoAsync($"/children/{child.Id}");
        await page.GotoAsync($"/children/{child.Id}/education/peps");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Personal education plans");
        await AssertAccessibleAsync(page);

        // Start this term's PEP and type the child's views: the draft saves itself.
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a PEP" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the PEP" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/edit", StringComparison.Ordinal));
        await AssertAccessibleAsync(page);
        await page.GetByLabel("What they like and are good at").PressSequentiallyAsync("Drawing comics and PE");
        await Assertions.Expect(page.Locator("#pep-saved")).ToContainTextAsync("Saved at", new() { Timeout = 15000 });

        // A SMART target with Pupil Premium Plus asked for.
        await page.GetByLabel("What is the target?").FillAsync("Write a one-page story with paragraphs");
        await page.GetByLabel("Who will do it").FillAsync("English teacher");
        await page.Locator("#Target_ByWhen").FillAsync("26");
        await page.Locator("#Target_ByWhen_Month").FillAsync("3");
        await page.Locator("#Target_ByWhen_Year").FillAsync("2027");
        await page.GetByLabel("Pupil Premium Plus requested, in pounds (optional)").FillAsync("300");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add target" }).ClickAsync();
        await Assertions.Expect(page.Locator("#targets + p + dl")).ToContainTextAsync("£300.00");
        await Assertions.Expect(page.GetByLabel("What they like and are good at")).ToHaveValueAsync("Drawing comics and PE");

        // The meeting, then save the draft and submit it.
        await page.Locator("#Input_MeetingDate").FillAsync("20");
        await page.Locator("#Input_MeetingDate_Month").FillAsync("11");
        await page.Locator("#Input_MeetingDate_Year").FillAsync("2026");
        await page.GetByLabel("Who attended").FillAsync("Mia, her carer, the designated teacher and the Virtual School officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pep-status")).ToHaveTextAsync("Draft");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Submit to the Virtual School" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit PEP" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pep-status")).ToHaveTextAsync("Awaiting quality assurance");

        // Quality assurance: the checklist, a green rating, approved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Quality assure" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("The child's voice is in their own words").CheckAsync();
        await page.GetByLabel("Targets are SMART: specific, measurable, with who and by when").CheckAsync();
        await page.GetByLabel("Pupil Premium Plus is linked to a target").CheckAsync();
        await page.GetByLabel("Green: a good PEP").CheckAsync();
        await page.GetByLabel("Approve and lock the PEP").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(page.Locator("#pep-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("is locked");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Write the PEP" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page);
    }
}
