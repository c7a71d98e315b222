using System.Globalization;
using System.Net;
using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Web.Features.Exclusions;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Exclusions;

/// <summary>Issue 5, corrections: exclusions, part-time timetables and times missing education corrected and removed.</summary>
public abstract class CorrectionsTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static string Page(int childId) => $"/children/{childId}/education/exclusions";

    private static IEnumerable<KeyValuePair<string, string>> Date(string key, DateOnly date) =>
    [
        new($"{key}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new($"{key}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new($"{key}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    private async Task<CoParent.Core.Children.Child> PupilAsync(string stem = "Corrected")
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId,
            familyName: TestData.UniqueFamilyName(stem), dateOfBirth: Today.AddYears(-12));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        return child;
    }

    private Task<T> AddAsync<T>(T entity) where T : class => App.WithDbAsync(async db => { db.Add(entity); await db.SaveChangesAsync(); return entity; });

    private Task<Exclusion> SuspensionAsync(int childId, int sessions = 4) => AddAsync(new Exclusion
    {
        ChildId = childId, Kind = ExclusionKind.Suspension, StartDate = Today.AddDays(-7), SessionsLost = sessions, Reason = "PD",
    });

    [SkippableFact]
    public async Task Post_OfficerCorrectsSuspensionDays_SavesTheCorrectionAndAuditsIt()
    {
        var child = await PupilAsync();
        var suspension = await SuspensionAsync(child.Id);
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var edit = $"{Page(child.Id)}/exclusion/{suspension.Id}/edit";

        var form = await officer.GetStringAsync(edit);
        var response = await officer.PostFormAsync(edit,
        [
            new("Input.Kind", "suspension"), .. Date("Input.StartDate", Today.AddDays(-6)), new("Input.Days", "1.5"),
            new("Input.Reason", "DM"), new("Input.Decision", "upheld"),
        ]);

        Assert.Contains("value=\"2\"", form); // the form opens with the record's 2 days
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.Exclusions.SingleAsync(e => e.Id == suspension.Id));
        Assert.Equal((3, "DM", Today.AddDays(-6)), (saved.SessionsLost!.Value, saved.Reason, saved.StartDate));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "education.exclusion.correct")));
    }

    [SkippableFact]
    public async Task Post_CorrectionWithHalfADayTooFew_NamesTheFieldAndKeepsTheRecord()
    {
        var child = await PupilAsync();
        var suspension = await SuspensionAsync(child.Id);
        var teacher = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await teacher.PostFormAsync($"{Page(child.Id)}/exclusion/{suspension.Id}/edit",
        [
            new("Input.Kind", "suspension"), .. Date("Input.StartDate", Today.AddDays(-6)), new("Input.Days", "0.25"),
            new("Input.Reason", "DM"), new("Input.Decision", "upheld"),
        ]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_Days", "Number of school days must be a number in whole or half days, like 2 or 0.5"), errors);
        Assert.Equal(4, await App.WithDbAsync(db => db.Exclusions.Where(e => e.Id == suspension.Id).Select(e => e.SessionsLost).SingleAsync()));
    }

    [SkippableFact]
    public async Task Post_RemoveSuspensionWithReason_DeletesItKeepsWhatItSaidAndTheMeasureStopsCountingIt()
    {
        var child = await PupilAsync();
        var suspension = await SuspensionAsync(child.Id);
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);
        var period = new MeasurePeriod(Today.AddDays(-30), Today);
        var before = await App.WithDbAsync(db => new ExclusionOutcomeMeasures().CalculateAsync(db, period, CancellationToken.None));

        var confirm = await head.GetStringAsync($"{Page(child.Id)}/exclusion/{suspension.Id}/remove");
        var response = await head.PostFormAsync($"{Page(child.Id)}/exclusion/{suspension.Id}/remove", [new("Reason", "Recorded against the wrong child")]);
        var after = await App.WithDbAsync(db => new ExclusionOutcomeMeasures().CalculateAsync(db, period, CancellationToken.None));

        Assert.Contains("Suspension of 2 school days", confirm);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Exclusions.AnyAsync(e => e.Id == suspension.Id)));
        var removal = await App.WithDbAsync(db => db.ExclusionRemovals.SingleAsync(r => r.ChildId == child.Id));
        Assert.Equal((ExclusionRecordKind.Exclusion, suspension.Id, "Recorded against the wrong child", TestUsers.VirtualSchoolHead),
            (removal.Kind, removal.RecordId, removal.Reason, removal.RemovedBy));
        Assert.StartsWith("Suspension of 2 school days", removal.Summary);
        Assert.Contains(child.Id, before.Single(m => m.Id == "education.exclusions.suspension-rate").ChildIds);
        Assert.DoesNotContain(child.Id, after.Single(m => m.Id == "education.exclusions.suspension-rate").ChildIds);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "education.exclusion.remove")));
    }

    [SkippableFact]
    public async Task Post_RemoveWithoutAReason_NamesTheReasonFieldAndRemovesNothing()
    {
        var child = await PupilAsync();
        var timetable = await AddAsync(new PartTimeTimetable
        {
            ChildId = child.Id, StartDate = Today.AddDays(-20), ReviewDate = Today.AddDays(10), HoursPerWeek = 15, Reason = "Phased return", AgreedBy = "Head",
        });
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await officer.PostFormAsync($"{Page(child.Id)}/timetable/{timetable.Id}/remove", [new("Reason", " ")]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Reason", "Enter why the part-time timetable is being removed"), errors);
        Assert.True(await App.WithDbAsync(db => db.PartTimeTimetables.AnyAsync(t => t.Id == timetable.Id)));
    }

    [SkippableFact]
    public async Task Post_OfficerCorrectsTimetableAndMissingEducation_BothShowTheNewDetails()
    {
        var child = await PupilAsync();
        var timetable = await AddAsync(new PartTimeTimetable
        {
            ChildId = child.Id, StartDate = Today.AddDays(-20), ReviewDate = Today.AddDays(10), HoursPerWeek = 15, Reason = "Phased return", AgreedBy = "Head",
        });
        var missing = await AddAsync(new MissingEducationEpisode { ChildId = child.Id, From = Today.AddDays(-5), Reason = MissingEducationReason.Other });
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var first = await officer.PostFormAsync($"{Page(child.Id)}/timetable/{timetable.Id}/edit",
        [
            .. Date("Input.StartDate", Today.AddDays(-20)), .. Date("Input.ReviewDate", Today.AddDays(5)),
            new("Input.HoursPerWeek", "12.5"), new("Input.Reason", "Phased return after illness"), new("Input.AgreedBy", "Head and carer"),
        ]);
        var second = await officer.PostFormAsync($"{Page(child.Id)}/missing-education/{missing.Id}/edit",
        [
            .. Date("Input.From", Today.AddDays(-5)), .. Date("Input.To", Today.AddDays(-1)), new("Input.Reason", "NoSchoolPlaceAfterMove"),
        ]);
        var page = await officer.GetStringAsync(Page(child.Id));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Contains("Phased return after illness", page);
        Assert.Contains("12.5", page);
        Assert.Contains("No school place after a move", page);
        Assert.Equal(1, await App.WithDbAsync(db => db.PartTimeTimetables.CountAsync(t => t.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Get_EditAnotherChildsExclusionThroughOwnPupil_LeadsBackWithoutShowingIt()
    {
        var mine = await PupilAsync();
        var other = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.OtherSocialWorkerId, familyName: TestData.UniqueFamilyName("Elsewhere"));
        var theirs = await SuspensionAsync(other.Id);
        var teacher = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var edit = await teacher.GetAsync($"{Page(mine.Id)}/exclusion/{theirs.Id}/edit");
        var remove = await teacher.PostFormAsync($"{Page(mine.Id)}/exclusion/{theirs.Id}/remove", [new("Reason", "Trying")], tokenFrom: $"{Page(mine.Id)}/new");

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.Exclusions.AnyAsync(e => e.Id == theirs.Id)));
    }

    [SkippableFact]
    public async Task Get_OtherSchoolsDesignatedTeacherOpensCorrection_ReturnsForbidden()
    {
        var child = await PupilAsync();
        var suspension = await SuspensionAsync(child.Id);
        var teacher = await App.SignedInClientAsync(TestUsers.OtherDesignatedTeacher);

        var response = await teacher.GetAsync($"{Page(child.Id)}/exclusion/{suspension.Id}/edit");

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Get_ExclusionListOfTimetables_DownloadLinksKeepTheListAndPeriod()
    {
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var page = await Html.ParseAsync(await officer.GetAsync("/exclusions?from=2026-09-01&to=2026-11-23&list=timetables"));
        var csv = await officer.GetStringAsync("/exclusions?from=2026-09-01&to=2026-11-23&list=timetables&format=csv");

        var links = page.QuerySelectorAll("#downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/exclusions?from=2026-09-01&to=2026-11-23&list=timetables&format=csv", "/exclusions?from=2026-09-01&to=2026-11-23&list=timetables&format=xlsx"], links);
        Assert.NotNull(page.QuerySelector("#timetables-overdue, p.govuk-body"));
        Assert.Null(page.QuerySelector("#excluded"));
        Assert.StartsWith("Child,On timetable from,Review was due,Hours a week", csv.TrimStart('\uFEFF'));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CorrectionsTests_Sqlite(SqliteApp app) : CorrectionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CorrectionsTests_Postgres(PostgresApp app) : CorrectionsTests(app);
