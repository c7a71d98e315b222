using CoParent.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>A social worker's day, clicked through as a person would, with every page checked by axe.</summary>
public sealed class ChildRecordJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task SocialWorker_FindsChild_RecordsPlacementMove_SeesTimelineChange()
    {
        var familyName = TestData.UniqueFamilyName("Journey");
        var child = await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId,
            givenName: "Maya", familyName: familyName, since: new DateOnly(2025, 6, 2));
        var page = await Fixture.NewPageAsync(TestUsers.SocialWorker);

        // Find the child on the register.
        await page.GetByRole(AriaRole.Link, new() { Name = "Children in care" }).First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Search by name or person ID").FillAsync(familyName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show children" }).ClickAsync();
        await Assertions.Expect(page.Locator("#register-count")).ToContainTextAsync("1 child in care");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Maya {familyName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(familyName);
        await AssertAccessibleAsync(page);

        // Record a move, first with a mistake, then properly.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a placement move" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Day").FillAsync("3");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("What changed").SelectOptionAsync("P");
        await page.GetByLabel("Why the last placement ended").SelectOptionAsync("CARPL");
        await page.GetByLabel("Placement type").SelectOptionAsync("U4");
        await page.GetByLabel("Placement provider").SelectOptionAsync("PR1");
        await page.GetByLabel("Carer or provider's name").FillAsync("Mr and Mrs Adeyemi");
        await page.GetByLabel("Placement postcode").FillAsync("CO1 1AA");
        await page.GetByLabel("Ofsted URN").FillAsync("XXXXXXX");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        await page.WaitForURLAsync(url => url.EndsWith($"/children/{child.Id}/timeline", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Mr and Mrs Adeyemi");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Test foster carers");
        await AssertAccessibleAsync(page);
        Assert.Equal(2, (await TestData.EpisodesOfAsync(Fixture.App, child.Id)).Count);
    }

    [SkippableFact]
    public async Task SocialWorker_AddsChildWithMistakes_SeesEachFieldNamed()
    {
        var page = await Fixture.NewPageAsync(TestUsers.SocialWorker);

        await page.GotoAsync("/children/new");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add child" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.True(await summary.Locator("a").CountAsync() >= 3, "each missing field is named in the error summary");
        await AssertAccessibleAsync(page);
    }

    [SkippableFact]
    public async Task Councillor_CannotOpenAChild_ButReadsTheDashboard()
    {
        var child = await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId);
        var page = await Fixture.NewPageAsync(TestUsers.Councillor);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Children in care" })).ToHaveCountAsync(0);
        await page.GotoAsync($"/children/{child.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You do not have access to this page");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(child.FamilyName);
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "About our children" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
        await Assertions.Expect(page.Locator("main a[href^='/dashboard/children']")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Manager_ReadsDashboard_DrillsDownToChildren()
    {
        await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId);
        var page = await Fixture.NewPageAsync(TestUsers.Manager);

        await page.GetByRole(AriaRole.Link, new() { Name = "About our children" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.Locator("main a[href^='/dashboard/children']").First.ClickAsync();

        await Assertions.Expect(page.Locator("main table")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    [SkippableFact]
    public async Task TeamManager_ReallocatesChild_NewWorkerShownOnSummary()
    {
        var child = await TestData.CreateChildInCareAsync(Fixture.App, socialWorkerId: Fixture.App.Users.SocialWorkerId,
            since: new DateOnly(2025, 6, 2));
        var (newWorkerId, newWorker) = await TestData.AddWorkerAsync(Fixture.App, CoParent.Core.Access.Roles.SocialWorker, TestUsers.TeamA);
        var page = await Fixture.NewPageAsync(TestUsers.TeamManager);

        await page.GotoAsync($"/children/{child.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change social worker or IRO" }).ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate social worker" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a social worker");
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Social worker", new() { Exact = true }).SelectOptionAsync(newWorkerId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate social worker" }).ClickAsync();
        await page.GotoAsync($"/children/{child.Id}");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(newWorker);
    }
}
