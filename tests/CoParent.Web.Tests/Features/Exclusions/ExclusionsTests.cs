using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Education;
using CoParent.Core.Notifications;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Exclusions;

/// <summary>Issue 5, Exclusions: suspensions and permanent exclusions, part-time timetables and children missing education.</summary>
public abstract class ExclusionsTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static string Page(int childId) => $"/children/{childId}/education/exclusions";

    private static IEnumerable<KeyValuePair<string, string>> Date(string key, DateOnly? date) =>
    [
        new($"{key}.Day", date?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new($"{key}.Month", date?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new($"{key}.Year", date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    ];

    /// <summary>A child in care on school A's roll, with the test social worker and Virtual School officer.</summary>
    private async Task<CoParent.Core.Children.Child> PupilAsync(string stem = "Excluded")
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId,
            familyName: TestData.UniqueFamilyName(stem), dateOfBirth: Today.AddYears(-13));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        return child;
    }

    private Task AddAsync(object entity) => App.WithDbAsync(async db => { db.Add(entity); await db.SaveChangesAsync(); });

    [SkippableFact]
    public async Task Post_DesignatedTeacherRecordsSuspension_ShowsItAndNotifiesSocialWorkerAndOfficer()
    {
        var child = await PupilAsync();
        var teacher = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await teacher.PostFormAsync($"{Page(child.Id)}/new",
        [
            new("Input.Kind", "suspension"), .. Date("Input.StartDate", Today.AddDays(-3)), new("Input.Days", "2.5"),
            new("Input.Reason", "PD"), new("Input.Decision", "upheld"),
        ]);
        var page = await teacher.GetStringAsync(Page(child.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Persistent disruptive behaviour", page);
        Assert.Contains("Test Primary School A", page);
        var notified = await App.WithDbAsync(db => db.Notifications.Where(n => n.ChildId == child.Id).ToListAsync());
        Assert.Equal(new[] { App.Users.SocialWorkerId, App.Users.VirtualSchoolOfficerId }.Order(), notified.Select(n => n.UserId).Order());
        Assert.All(notified, n => Assert.Equal("exclusion.suspension", n.Kind));
        Assert.All(notified, n => Assert.Equal(Page(child.Id), n.Link));
    }

    [SkippableFact]
    public async Task Post_RecordExclusionWithNothingEntered_NamesEveryMissingFieldInTheErrorSummary()
    {
        var child = await PupilAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/new", [new("Input.Kind", "suspension")]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_StartDate", "Enter the date the exclusion starts"), errors);
        Assert.Contains(("#Input_Days", "Enter the number of school days the suspension lasts"), errors);
        Assert.Contains(("#Input_Reason", "Select the reason the school gave"), errors);
    }

    [SkippableFact]
    public async Task Post_WithdrawnExclusion_IsSavedButNobodyIsNotified()
    {
        var child = await PupilAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        await worker.PostFormAsync($"{Page(child.Id)}/new",
            [new("Input.Kind", "permanent"), .. Date("Input.StartDate", Today), new("Input.Reason", "PA"), new("Input.Decision", "withdrawn")]);

        Assert.Equal(1, await App.WithDbAsync(db => db.Exclusions.CountAsync(e => e.ChildId == child.Id && e.Kind == ExclusionKind.Permanent)));
        Assert.False(await App.WithDbAsync(db => db.Notifications.AnyAsync(n => n.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Get_ChildSuspendedForMoreThan45DaysThisYear_WarnsOfTheLimit()
    {
        var child = await PupilAsync();
        await AddAsync(new Exclusion { ChildId = child.Id, Kind = ExclusionKind.Suspension, StartDate = new(2026, 9, 10), SessionsLost = 80, Reason = "PD" });
        await AddAsync(new Exclusion { ChildId = child.Id, Kind = ExclusionKind.Suspension, StartDate = new(2026, 11, 2), SessionsLost = 12, Reason = "VA" });
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var page = await Html.ParseAsync(await worker.GetAsync(Page(child.Id)));

        Assert.Contains("46 school days in 2026-27", page.QuerySelector("#suspension-limit")!.TextContent);
    }

    [SkippableFact]
    public async Task Get_ChildPage_ShowsPartTimeTimetableWithOverdueReviewAndTimeMissingEducation()
    {
        var child = await PupilAsync();
        await AddAsync(new PartTimeTimetable { ChildId = child.Id, StartDate = Today.AddDays(-60), ReviewDate = Today.AddDays(-5), HoursPerWeek = 12.5m, Reason = "Phased return", AgreedBy = "Head of year" });
        await AddAsync(new MissingEducationEpisode { ChildId = child.Id, From = Today.AddDays(-200), To = Today.AddDays(-150), Reason = MissingEducationReason.NoSchoolPlaceAfterMove });
        var worker = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var page = await Html.ParseAsync(await worker.GetAsync(Page(child.Id)));

        Assert.Equal("Exclusions and timetables", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Review overdue", page.QuerySelector("#timetables")!.TextContent);
        Assert.Contains("12.5", page.QuerySelector("#timetables")!.TextContent);
        Assert.Contains("No school place after a move", page.QuerySelector("#missing-education")!.TextContent);
    }

    [SkippableFact]
    public async Task Post_OfficerRecordsPartTimeTimetableAndTimeMissingEducation_BothShowOnTheChildsPage()
    {
        var child = await PupilAsync();
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var timetable = await officer.PostFormAsync($"{Page(child.Id)}/timetables/new",
        [
            .. Date("Input.StartDate", Today.AddDays(-7)), .. Date("Input.ReviewDate", Today.AddDays(14)), .. Date("Input.EndDate", null),
            new("Input.HoursPerWeek", "15"), new("Input.Reason", "Settling after a move"), new("Input.AgreedBy", "Headteacher and carer"),
        ]);
        var missing = await officer.PostFormAsync($"{Page(child.Id)}/missing-education/new",
            [.. Date("Input.From", Today.AddDays(-40)), .. Date("Input.To", Today.AddDays(-8)), new("Input.Reason", "NoSchoolPlaceAfterMove")]);
        var page = await Html.ParseAsync(await officer.GetAsync(Page(child.Id)));

        Assert.Equal(HttpStatusCode.Redirect, timetable.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);
        Assert.Contains("Settling after a move", page.QuerySelector("#timetables")!.TextContent);
        Assert.Contains("No school place after a move", page.QuerySelector("#missing-education")!.TextContent);
    }

    [SkippableFact]
    public async Task Post_PartTimeTimetableWithNothingEntered_NamesEachFieldInTheErrorSummary()
    {
        var child = await PupilAsync();
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await worker.PostFormAsync($"{Page(child.Id)}/timetables/new", [new("Input.HoursPerWeek", "60")]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_StartDate", "Enter the date the timetable starts"), errors);
        Assert.Contains(("#Input_ReviewDate", "Enter the date it will be reviewed"), errors);
        Assert.Contains(("#Input_HoursPerWeek", "Hours a week must be a number more than 0 and less than 40, like 15 or 12.5"), errors);
        Assert.Contains(("#Input_Reason", "Enter why the child is on a part-time timetable"), errors);
        Assert.Contains(("#Input_AgreedBy", "Enter who agreed the timetable"), errors);
    }

    [SkippableFact]
    public async Task Get_OtherSchoolsDesignatedTeacherOpensChildsExclusions_ReturnsForbidden()
    {
        var child = await PupilAsync();
        var teacher = await App.SignedInClientAsync(TestUsers.OtherDesignatedTeacher);

        var response = await teacher.GetAsync(Page(child.Id));

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Get_ExclusionList_ShowsOnlyTheReadersPupilsAndDownloadsTheSameRows()
    {
        var mine = await PupilAsync("Listed");
        var other = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.OtherSocialWorkerId, familyName: TestData.UniqueFamilyName("Unlisted"));
        await TestData.EnrolAsync(App, other.Id, App.Users.SchoolBId);
        await AddAsync(new Exclusion { ChildId = mine.Id, Kind = ExclusionKind.Suspension, StartDate = Today.AddDays(-10), SessionsLost = 2, Reason = "DM" });
        await AddAsync(new Exclusion { ChildId = other.Id, Kind = ExclusionKind.Suspension, StartDate = Today.AddDays(-10), SessionsLost = 2, Reason = "DM" });
        await AddAsync(new MissingEducationEpisode { ChildId = mine.Id, From = Today.AddDays(-3), Reason = MissingEducationReason.AwaitingEhcPlanPlacement });
        var teacher = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var html = await teacher.GetStringAsync("/exclusions");
        var missing = await teacher.GetStringAsync("/exclusions?list=missing");
        var csv = await teacher.GetStringAsync("/exclusions?format=csv");

        Assert.Contains(mine.FamilyName, html);
        Assert.DoesNotContain(other.FamilyName, html);
        Assert.Contains("Awaiting a placement named in an EHC plan", missing);
        Assert.Contains("Child,Start date,Kind,School days,Reason,School", csv);
        Assert.Contains(mine.FamilyName, csv);
        Assert.DoesNotContain(other.FamilyName, csv);
    }

    [SkippableFact]
    public async Task Get_CouncillorOpensExclusionList_ReturnsForbidden()
    {
        var councillor = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await councillor.GetAsync("/exclusions");

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Post_ApiRecordsPermanentExclusion_ReturnsCreatedAndGetListsIt()
    {
        var child = await PupilAsync();
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var created = await officer.PostAsJsonAsync($"/api{Page(child.Id)}",
            new { kind = "permanent", startDate = "2026-11-20", reason = "OW", alternativeProvisionFrom = "2026-11-27" });
        var json = await officer.GetFromJsonAsync<JsonElement>($"/api{Page(child.Id)}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = json.GetProperty("exclusions").EnumerateArray().Single();
        Assert.Equal("permanent", row.GetProperty("kind").GetString());
        Assert.Equal("OW", row.GetProperty("reason").GetString());
        Assert.Equal("2026-11-27", row.GetProperty("alternativeProvisionFrom").GetString());
        Assert.True(await App.WithDbAsync(db => db.Notifications.AnyAsync(n => n.ChildId == child.Id && n.Kind == "exclusion.permanent")));
    }

    [SkippableFact]
    public async Task Post_ApiWithUnknownReasonAndBadDate_ReturnsProblemNamingEachField()
    {
        var child = await PupilAsync();
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await officer.PostAsJsonAsync($"/api{Page(child.Id)}", new { kind = "suspension", startDate = "20/11/2026", days = "1", reason = "XX" });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(errors.TryGetProperty("startDate", out _));
        Assert.True(errors.TryGetProperty("reason", out _));
    }

    [SkippableFact]
    public async Task Post_IroRecordsExclusionThroughApi_ReturnsForbidden()
    {
        var child = await PupilAsync();
        var iro = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await iro.PostAsJsonAsync($"/api{Page(child.Id)}", new { kind = "suspension", startDate = "2026-11-20", days = "1", reason = "PD" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExclusionsTests_Sqlite(SqliteApp app) : ExclusionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExclusionsTests_Postgres(PostgresApp app) : ExclusionsTests(app);
