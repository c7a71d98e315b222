using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.LeavingCare;

/// <summary>The care leavers list as CSV and XLSX: the page's columns, only the young people the page shows that person.</summary>
public abstract class CareLeaversDownloadTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task GetCareLeaversCsv_AsAdviser_HasTheirYoungPeopleOnlyWithThePagesColumns()
    {
        var mine = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId, familyName: TestData.UniqueFamilyName("Dlmine"));
        var theirs = await TestData.CreateCareLeaverAsync(App, App.Users.OtherPersonalAdviserId, familyName: TestData.UniqueFamilyName("Dltheirs"));
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var page = await Html.ParseAsync(await adviser.GetAsync("/care-leavers"));
        var file = await DownloadedCsv.GetAsync(adviser, "/care-leavers?format=csv");

        Assert.Equal(DownloadedCsv.HeadersOf(page, "#care-leavers"), file.Headers);
        Assert.DoesNotContain("Personal adviser", file.Headers);
        var row = Assert.Single(file.Rows, r => r[0] == $"Bea {mine.FamilyName}");
        Assert.Equal(["19", "No plan agreed", "Not recorded", "Not recorded"], row.Skip(1));
        Assert.False(file.HasRowContaining(theirs.FamilyName));
        Assert.Equal("my-young-people-2026-11-23.csv", file.FileName);
        Assert.NotNull(page.QuerySelector("#downloads a[href='/care-leavers?format=csv']"));
    }

    [SkippableFact]
    public async Task GetCareLeaversCsv_AsManager_KeepsTheFilterAndAdviserColumnAndIsAuditedWithoutNames()
    {
        var family = TestData.UniqueFamilyName("Dlmgr");
        await TestData.CreateCareLeaverAsync(App, App.Users.OtherPersonalAdviserId, familyName: family);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);

        var page = await Html.ParseAsync(await manager.GetAsync("/care-leavers"));
        var file = await DownloadedCsv.GetAsync(manager, "/care-leavers?Show=review&format=csv");

        Assert.Equal(DownloadedCsv.HeadersOf(page, "#care-leavers"), file.Headers);
        Assert.Contains("Personal adviser", file.Headers);
        // No pathway plan is not "due in four weeks": the filter the page applies leaves this young person out of the file too.
        Assert.False(file.HasRowContaining(family));
        Assert.All(file.Rows, r => Assert.Matches("(overdue|due soon)", r[3]));
        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "care-leavers.download" && a.UserName == TestUsers.Manager).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Null(entry.ChildId);
        Assert.DoesNotContain(family, entry.Channel, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task GetCareLeaversCsv_AsCouncillor_IsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await client.GetAsync("/care-leavers?format=csv"));
        Html.AssertForbidden(await client.GetAsync("/care-leavers?format=xlsx"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CareLeaversDownloadTests_Sqlite(SqliteApp app) : CareLeaversDownloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CareLeaversDownloadTests_Postgres(PostgresApp app) : CareLeaversDownloadTests(app);
