using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Family;

/// <summary>The family time list as CSV and XLSX: its lists in one file, only the children the page shows that person.</summary>
public abstract class FamilyTimeDownloadTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task GetFamilyTimeCsv_AsSocialWorker_HasTheirChildrenOnlyWithThePagesColumns()
    {
        var mine = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: TestData.UniqueFamilyName("Dlfam"));
        var theirs = await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, familyName: TestData.UniqueFamilyName("Dlfam"));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var page = await Html.ParseAsync(await client.GetAsync("/family-time"));
        var file = await DownloadedCsv.GetAsync(client, "/family-time?format=csv");

        // One file for the page's lists: which list, then the care plan table's columns (the widest; the others are its first two).
        Assert.Equal(["List", .. DownloadedCsv.HeadersOf(page, "#care-plan table")], file.Headers);
        Assert.Equal(DownloadedCsv.HeadersOf(page, "#family-time table"), file.Headers.Skip(1).Take(2));
        Assert.Contains(file.Rows, r => r[0] == "No family time arranged" && r[2] == mine.PersonId);
        Assert.Contains(file.Rows, r => r[0] == "Care plans due for review" && r[2] == mine.PersonId && r[3] == "No care plan recorded" && r[4] == "Overdue");
        Assert.False(file.HasRowContaining(theirs.PersonId));
        Assert.Equal("family-time-to-act-on-2026-11-23.csv", file.FileName);
        Assert.NotNull(page.QuerySelector("#downloads a[href='/family-time?format=csv']"));
    }

    [SkippableFact]
    public async Task GetFamilyTimeCsv_AsManagerForOneList_HasOnlyThatListAndIsAuditedWithoutNames()
    {
        var family = TestData.UniqueFamilyName("Dlfam");
        var child = await TestData.CreateChildInCareAsync(App, App.Users.OtherSocialWorkerId, familyName: family);
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        var file = await DownloadedCsv.GetAsync(client, "/family-time?need=care-plan&format=csv");

        Assert.All(file.Rows, r => Assert.Equal("Care plans due for review", r[0]));
        Assert.True(file.HasRowContaining(child.PersonId));
        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "family.list" && a.UserName == TestUsers.Manager).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("as csv", entry.Channel, StringComparison.Ordinal);
        Assert.DoesNotContain(family, entry.Channel, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GetFamilyTimeXlsx_AsCouncillor_IsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await client.GetAsync("/family-time?format=xlsx"));
        Html.AssertForbidden(await client.GetAsync("/family-time?format=csv"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FamilyTimeDownloadTests_Sqlite(SqliteApp app) : FamilyTimeDownloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FamilyTimeDownloadTests_Postgres(PostgresApp app) : FamilyTimeDownloadTests(app);
