using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CoParent.Core.Education;
using CoParent.Data.Education;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Attendance;

public abstract class AttendanceTests(CoParentApp app) : IntegrationTest(app)
{
    // Monday 16 and Tuesday 17 November 2026: the week before the tests' frozen today (Monday 23 November).
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private static readonly DateOnly Tuesday = new(2026, 11, 17);

    private async Task<int> PupilAtSchoolAAsync(string? upn = null)
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, upn: upn, dateOfBirth: new DateOnly(2015, 3, 1));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        return child.Id;
    }

    [SkippableFact]
    public async Task Post_ImportCsv_AddsMarksThenSameFileAgainChangesNothing()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var csv = $"URN,ChildId,Date,AM,PM\n{TestSchools.SchoolA},{childId},{TestData.Iso(Monday)},/,\\\n{TestSchools.SchoolA},{childId},{TestData.Iso(Tuesday)},I,I\n";
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        // Act
        var firstUpload = await TestData.UploadAttendanceAsync(client, csv);
        var again = await TestData.UploadAttendanceAsync(client, csv);

        // Assert
        Assert.Equal(HttpStatusCode.OK, firstUpload.StatusCode);
        Assert.Contains("4 added, 0 changed", await firstUpload.Content.ReadAsStringAsync());
        Assert.Contains("0 added, 0 changed, 4 unchanged", await again.Content.ReadAsStringAsync());
        Assert.Equal(["/", "\\", "I", "I"], (await TestData.MarksOfAsync(App, childId)).Select(m => m.Code));
    }

    [SkippableFact]
    public async Task Post_ImportCsv_CorrectedCodeUpdatesTheMark()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync(upn: "A123456789012");
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);
        await TestData.UploadAttendanceAsync(client, $"URN,UPN,Date,AM,PM\n{TestSchools.SchoolA},A123456789012,{TestData.Iso(Monday)},N,N\n");

        // Act
        var response = await TestData.UploadAttendanceAsync(client, $"URN,UPN,Date,AM,PM\n{TestSchools.SchoolA},A123456789012,{TestData.Iso(Monday)},M,N\n");

        // Assert
        Assert.Contains("0 added, 1 changed, 1 unchanged", await response.Content.ReadAsStringAsync());
        Assert.Equal(["M", "N"], (await TestData.MarksOfAsync(App, childId)).Select(m => m.Code));
    }

    [SkippableFact]
    public async Task Post_ImportCsv_WithBadRows_RecordsNothingAndNamesEachRowAndField()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var csv = "URN,ChildId,Date,AM,PM\n" +
                  $"{TestSchools.SchoolA},{childId},{TestData.Iso(Monday)},/,\\\n" +
                  $"{TestSchools.SchoolA},{childId},{TestData.Iso(Tuesday)},Q9,/\n" +
                  $"{TestSchools.SchoolA},999999,{TestData.Iso(Tuesday)},/,/\n" +
                  $"999999,{childId},2026-11-31,/,/\n" +
                  $"{TestSchools.SchoolA},{childId},2026-12-01,/,/\n";
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        // Act
        var response = await TestData.UploadAttendanceAsync(client, csv);
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a register code", html);
        Assert.Contains("no child in CoParent has the ID 999999", html);
        Assert.Contains("no school has the URN 999999", html);
        Assert.Contains("must be a real date", html);
        Assert.Contains("2026-12-01 is in the future", html);
        Assert.Contains("<a href=\"#Upload\">", html);
        Assert.Empty(await TestData.MarksOfAsync(App, childId));
    }

    [SkippableFact]
    public async Task Post_ImportCsv_DesignatedTeacherSendingAnotherSchoolsRow_IsRefusedByRow()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        // Act
        var response = await TestData.UploadAttendanceAsync(client, $"URN,ChildId,Date,AM,PM\n{TestSchools.SchoolB},{childId},{TestData.Iso(Monday)},/,/\n");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Row 1, URN: you can only send marks for your own school, not URN {TestSchools.SchoolB}", await response.Content.ReadAsStringAsync());
        Assert.Empty(await TestData.MarksOfAsync(App, childId));
    }

    [SkippableFact]
    public async Task Post_ImportCsv_UnauthorisedAbsence_NotifiesWorkersOncePerDay()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var csv = $"URN,ChildId,Date,AM,PM\n{TestSchools.SchoolA},{childId},{TestData.Iso(Monday)},O,O\n";

        // Act
        await TestData.UploadAttendanceAsync(client, csv);
        await TestData.UploadAttendanceAsync(client, csv.Replace(",O,O", ",G,O", StringComparison.Ordinal));

        // Assert: the social worker and the Virtual School officer, once each; and one session of two missed is persistent absence.
        Assert.Equal(2, await TestData.NotificationCountAsync(App, childId, AttendanceImporter.UnauthorisedKind));
        Assert.Equal(2, await TestData.NotificationCountAsync(App, childId, AttendanceImporter.PersistentKind));
    }

    [SkippableFact]
    public async Task Post_MarkByHand_SavesAndShowsInTheCalendar()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        // Act
        var response = await client.PostFormAsync($"/children/{childId}/education/attendance/mark",
            [new("Input.Date.Day", "17"), new("Input.Date.Month", "11"), new("Input.Date.Year", "2026"), new("Input.Am", "M"), new("Input.Pm", "\\")]);
        var calendar = await client.GetStringAsync($"/children/{childId}/education/attendance?month=2026-11");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Medical or dental appointment", calendar);
        Assert.Contains("50.0%", calendar);
        Assert.Equal(SchoolSession.Morning, (await TestData.MarksOfAsync(App, childId))[0].Session);
    }

    [SkippableFact]
    public async Task Post_MarkByHand_WithNoMarks_NamesTheField()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        // Act
        var response = await client.PostFormAsync($"/children/{childId}/education/attendance/mark",
            [new("Input.Date.Day", "17"), new("Input.Date.Month", "11"), new("Input.Date.Year", "2026"), new("Input.Am", ""), new("Input.Pm", "")]);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Am\">Choose a morning mark, an afternoon mark or both</a>", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Get_Today_ListsTheChildAbsentAndDownloadsCsv()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        await TestData.UploadAttendanceAsync(client, $"URN,ChildId,Date,AM,PM\n{TestSchools.SchoolA},{childId},2026-11-23,I,\n");

        // Act
        var html = await client.GetStringAsync($"/attendance/today?school={App.Users.SchoolAId}");
        var csv = await client.GetStringAsync($"/attendance/today?school={App.Users.SchoolAId}&format=csv");

        // Assert
        Assert.Contains($"/children/{childId}/education/attendance", html);
        Assert.Contains("Authorised absence", html);
        Assert.StartsWith("Child,School,AM,PM,Why", csv.TrimStart('\uFEFF'));
    }

    [SkippableFact]
    public async Task Get_Cohort_ShowsThePersistentlyAbsentChild()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        await TestData.UploadAttendanceAsync(client, $"URN,ChildId,Date,AM,PM\n{TestSchools.SchoolA},{childId},{TestData.Iso(Monday)},/,\\\n{TestSchools.SchoolA},{childId},{TestData.Iso(Tuesday)},O,\\\n");

        // Act
        var html = await client.GetStringAsync("/attendance?from=2026-11-16&to=2026-11-17");

        // Assert
        Assert.Contains($"/children/{childId}/education/attendance", html);
        Assert.Contains("Persistently absent", html);
    }

    // A day nobody else's tests mark (Monday 4 March 2024): the Head sees all 51 pupils marked then, 50 to a page, and the list is audited.
    [SkippableFact]
    public async Task Get_HeadsListForAPeriod_ShowsFiftyAPageAndTheRestOnPageTwo()
    {
        // Arrange
        var monday = new DateOnly(2024, 3, 4);
        var csv = new System.Text.StringBuilder("URN,ChildId,Date,AM,PM\n");
        for (var i = 0; i < 51; i++)
        {
            var child = await TestData.CreateChildInCareAsync(App, dateOfBirth: new DateOnly(2015, 3, 1), since: new DateOnly(2023, 9, 1));
            await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId, from: new DateOnly(2023, 9, 1));
            csv.Append(CultureInfo.InvariantCulture, $"{TestSchools.SchoolA},{child.Id},{TestData.Iso(monday)},/,{(i == 0 ? "O" : "/")}\n");
        }
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);
        await TestData.UploadAttendanceAsync(head, csv.ToString());

        // Act
        var first = await Html.ParseAsync(await head.GetAsync("/attendance?from=2024-03-04&to=2024-03-04"));
        var second = await Html.ParseAsync(await head.GetAsync("/attendance?from=2024-03-04&to=2024-03-04&pageNumber=2"));

        // Assert
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.StartsWith("51 children, lowest attendance first (showing 1 to 50)", first.QuerySelector("caption")!.TextContent.Trim());
        Assert.Equal("50.0", first.QuerySelectorAll("tbody tr td")[1].TextContent.Trim());
        Assert.NotNull(first.QuerySelector("a[rel='next'][href*='pageNumber=2']"));
        Assert.Single(second.QuerySelectorAll("tbody tr"));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "education.attendance.list" && a.UserName == TestUsers.VirtualSchoolHead)));
    }

    [SkippableFact]
    public async Task Api_PostMarksThenGet_ReturnsTheMarksAndSummary()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        // Act
        var post = await client.PostAsJsonAsync("/api/attendance/marks",
            new[] { new { urn = TestSchools.SchoolA, childId = childId.ToString(), date = TestData.Iso(Monday), am = "/", pm = "O" } });
        var bad = await client.PostAsJsonAsync("/api/attendance/marks",
            new[] { new { urn = TestSchools.SchoolA, childId = childId.ToString(), date = "tomorrow", am = "/", pm = "/" } });
        var get = await client.GetFromJsonAsync<AttendanceView>($"/api/children/{childId}/education/attendance?from=2026-11-01&to=2026-11-30");

        // Assert
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("rows[0].date", await bad.Content.ReadAsStringAsync());
        Assert.Equal((2, 1, 1), (get!.PossibleSessions, get.Attended, get.UnauthorisedAbsence));
    }

    [SkippableFact]
    public async Task Api_PostMarks_AsSocialWorker_IsForbidden()
    {
        // Arrange
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        // Act
        var response = await client.PostAsJsonAsync("/api/attendance/marks",
            new[] { new { urn = TestSchools.SchoolA, childId = childId.ToString(), date = TestData.Iso(Monday), am = "/", pm = "/" } });

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private sealed record AttendanceView(int PossibleSessions, int Attended, int UnauthorisedAbsence);
}

[Collection(SqliteCollection.Name)]
public sealed class AttendanceTests_Sqlite(SqliteApp app) : AttendanceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AttendanceTests_Postgres(PostgresApp app) : AttendanceTests(app);
