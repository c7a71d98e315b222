using CoParent.Core.Education;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Notifications;

/// <summary>Issue 5, corrections: attendance notifications' links (?date=, ?year=) land on what they name.</summary>
public abstract class NotificationLinkTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private async Task<int> PupilAsync()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId,
            familyName: TestData.UniqueFamilyName("Linked"), dateOfBirth: Today.AddYears(-11));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        return child.Id;
    }

    [SkippableFact]
    public async Task Get_UnauthorisedAbsenceLinkWithDate_ShowsThatDatesMonthWithTheDateMarked()
    {
        var childId = await PupilAsync();
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var page = await Html.ParseAsync(await officer.GetAsync($"/children/{childId}/education/attendance?date=2026-10-14"));

        Assert.Equal("2026-10", page.QuerySelector("#month")?.GetAttribute("value"));
        Assert.Contains("14 October 2026", page.QuerySelector("#asked-date")?.TextContent);
    }

    [SkippableFact]
    public async Task Get_PersistentAbsenceLinkWithLastYear_ShowsThatAcademicYearsSummary()
    {
        var childId = await PupilAsync();
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var lastYear = SchoolYear.AcademicYearStarting(Today) - 1;

        var page = await Html.ParseAsync(await officer.GetAsync($"/children/{childId}/education/attendance?year={lastYear}"));

        Assert.Equal(SchoolYear.AcademicYearLabel(lastYear), page.QuerySelector("#year-summary")?.TextContent.Trim());
        Assert.Equal($"{lastYear + 1}-08", page.QuerySelector("#month")?.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Get_PersistentAbsenceLinkWithThisYear_ShowsThisYearSoFar()
    {
        var childId = await PupilAsync();
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var thisYear = SchoolYear.AcademicYearStarting(Today);

        var page = await Html.ParseAsync(await officer.GetAsync($"/children/{childId}/education/attendance?year={thisYear}"));

        Assert.Equal($"{SchoolYear.AcademicYearLabel(thisYear)} so far", page.QuerySelector("#year-summary")?.TextContent.Trim());
        Assert.Equal("2026-11", page.QuerySelector("#month")?.GetAttribute("value"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationLinkTests_Sqlite(SqliteApp app) : NotificationLinkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NotificationLinkTests_Postgres(PostgresApp app) : NotificationLinkTests(app);
