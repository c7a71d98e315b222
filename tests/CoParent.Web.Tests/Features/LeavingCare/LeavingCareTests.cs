using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Allocations;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.LeavingCare;

/// <summary>Issue 6, care leavers: a personal adviser's young people, their leaving care record, forms and API.</summary>
public abstract class LeavingCareTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static string Url(int childId, string rest = "") => $"/children/{childId}/leaving-care{rest}";

    private static IEnumerable<KeyValuePair<string, string>> Date(string key, DateOnly? date) =>
    [
        new($"{key}.Day", date?.Day.ToString(CultureInfo.InvariantCulture) ?? ""),
        new($"{key}.Month", date?.Month.ToString(CultureInfo.InvariantCulture) ?? ""),
        new($"{key}.Year", date?.Year.ToString(CultureInfo.InvariantCulture) ?? ""),
    ];

    [SkippableFact]
    public async Task Get_AdviserOpensTheirYoungPersonsLeavingCare_ShowsTheRecord()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.GetAsync(Url(leaver.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Leaving care", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='/children/{leaver.Id}/health']"));
        Assert.NotNull(page.QuerySelector($"a[href='/children/{leaver.Id}/leaving-care/eet/new']"));
    }

    [SkippableFact]
    public async Task Get_AdviserOpensAnotherAdvisersYoungPerson_ReturnsForbidden()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.OtherPersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        Html.AssertForbidden(await adviser.GetAsync(Url(leaver.Id)));
        Html.AssertForbidden(await adviser.GetAsync($"/children/{leaver.Id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await adviser.GetAsync($"/api{Url(leaver.Id)}")).StatusCode);
    }

    [SkippableFact]
    public async Task Get_CareLeaversAsAdviser_ListsOnlyTheirOwnYoungPeople()
    {
        var mine = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId, familyName: TestData.UniqueFamilyName("Mine"));
        var theirs = await TestData.CreateCareLeaverAsync(App, App.Users.OtherPersonalAdviserId, familyName: TestData.UniqueFamilyName("Theirs"));
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var page = await Html.ParseAsync(await adviser.GetAsync("/care-leavers"));

        Assert.Equal("My young people", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='/children/{mine.Id}/leaving-care']"));
        Assert.Null(page.QuerySelector($"a[href='/children/{theirs.Id}/leaving-care']"));
    }

    [SkippableFact]
    public async Task Get_CareLeaversAsManagerShowingNeet_ListsOnlyThoseNotInEducationEmploymentOrTraining()
    {
        var neet = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var eet = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);
        await adviser.PostFormAsync(Url(neet.Id, "/eet/new"), [.. Date("Input.From", Today), new("Input.Activity", "G5"), new("Input.ActivelySeekingWork", "yes")]);
        await adviser.PostFormAsync(Url(eet.Id, "/eet/new"), [.. Date("Input.From", Today), new("Input.Activity", "F2")]);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);

        var page = await Html.ParseAsync(await manager.GetAsync("/care-leavers?Show=neet"));

        Assert.Equal("Care leavers", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='/children/{neet.Id}/leaving-care']"));
        Assert.Null(page.QuerySelector($"a[href='/children/{eet.Id}/leaving-care']"));
    }

    [SkippableFact]
    public async Task Post_RecordStatus_Valid_SavesItAndWritesTheYearsReturnRow()
    {
        // Aged 19 and 40 days: the 19th birthday fell in collection year 2027 (1 April 2026 to 31 March 2027).
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId, age: 19);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/eet/new"),
            [.. Date("Input.From", Today.AddDays(-60)), new("Input.Activity", "F4"), new("Input.EmployedByCouncil", "yes")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var status = await App.WithDbAsync(db => db.EducationEmploymentStatuses.SingleAsync(s => s.ChildId == leaver.Id));
        Assert.Equal(("F4", true), (status.Activity, status.EmployedByCouncil));
        var row = await App.WithDbAsync(db => db.CareLeaverYears.SingleAsync(y => y.ChildId == leaver.Id));
        Assert.Equal((2027, "YES", "F4"), (row.CollectionYear, row.InTouch, row.Activity));
        var page = await adviser.GetStringAsync(Url(leaver.Id));
        Assert.Contains("Full-time apprenticeship", page);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == leaver.Id && a.Action == "leaving-care.eet")));
    }

    [SkippableFact]
    public async Task Post_RecordStatus_NothingEntered_Answers400WithAnErrorForEachField()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/eet/new"), [.. Date("Input.From", null)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));
        Assert.Contains(("#Input_From", "Enter the date the status started"), errors);
        Assert.Contains(("#Input_Activity", "Select what they are doing"), errors);
    }

    [SkippableFact]
    public async Task Post_RecordStatus_NeetWithoutSayingWhetherLookingForWork_AsksForIt()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/eet/new"), [.. Date("Input.From", Today), new("Input.Activity", "G6")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_ActivelySeekingWork", "Select yes if they are actively looking for work"), Html.ErrorSummary(await Html.ParseAsync(response)));
    }

    [SkippableFact]
    public async Task Post_PathwayPlanWithReview_SavesAndShowsTheNextReviewSixMonthsOn()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);
        var review = Today.AddDays(-10);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/pathway-plan"),
            [.. Date("Input.NeedsAssessmentDate", Today.AddYears(-2)), .. Date("Input.AgreedDate", Today.AddYears(-1)),
             .. Date("Input.ReviewDate", review), new("Input.WhatChanged", "Moved to college; budgeting support added")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.ParseAsync(await adviser.GetAsync(Url(leaver.Id)));
        Assert.Contains(review.AddMonths(6).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), page.QuerySelector("#next-review-due")!.TextContent);
        Assert.Contains("Moved to college; budgeting support added", page.QuerySelector("#pathway-plan-reviews")!.TextContent);
    }

    [SkippableFact]
    public async Task Post_PathwayPlanReviewBeforeThePlanWasAgreed_Answers400()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);
        var agreed = Today.AddMonths(-2);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/pathway-plan"),
            [.. Date("Input.NeedsAssessmentDate", null), .. Date("Input.AgreedDate", agreed), .. Date("Input.ReviewDate", agreed.AddDays(-1)), new("Input.WhatChanged", "Nothing")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));
        Assert.Contains(errors, e => e.Href == "#Input_ReviewDate" && e.Message.StartsWith("The date of the review must be on or after", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Post_Accommodation_NoFixedAbodeMarkedSuitable_Answers400()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/accommodation/new"),
            [.. Date("Input.From", Today), new("Input.Type", "S"), new("Input.Suitable", "yes"), new("Input.Postcode", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Html.ErrorSummary(await Html.ParseAsync(response)), e => e.Href == "#Input_Suitable");
    }

    [SkippableFact]
    public async Task Post_Accommodation_WithFormerFosterCarers_ShowsStayingPut()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId, age: 19);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/accommodation/new"),
            [.. Date("Input.From", Today.AddDays(-41)), new("Input.Type", "Z"), new("Input.Suitable", "yes"), new("Input.Postcode", "cm2 0aa")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.ParseAsync(await adviser.GetAsync(Url(leaver.Id)));
        Assert.Contains("Staying Put", page.QuerySelector("#accommodation-now")!.TextContent);
        var row = await App.WithDbAsync(db => db.CareLeaverYears.SingleAsync(y => y.ChildId == leaver.Id));
        Assert.Equal("Z1", row.Accommodation);
    }

    [SkippableFact]
    public async Task Post_Support_AParentOfferedCoGrandparentSupport_ShowsIt()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostFormAsync(Url(leaver.Id, "/support"),
        [
            new("Input.InTouch", "YES"), new("Input.IsParent", "yes"), new("Input.ChildrenAges", "2"),
            .. Date("Input.CoGrandparentOffered", Today.AddDays(-30)), .. Date("Input.CoGrandparentAccepted", Today.AddDays(-20)),
            .. Date("Input.CouncilTaxExemptFrom", Today.AddYears(-1)), .. Date("Input.CouncilTaxExemptTo", null),
            .. Date("Input.GuaranteedInterviewOffered", null), .. Date("Input.GuaranteedInterviewUsed", Today),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // an interview used but never offered
        Assert.Contains(Html.ErrorSummary(await Html.ParseAsync(response)), e => e.Href == "#Input_GuaranteedInterviewOffered");

        response = await adviser.PostFormAsync(Url(leaver.Id, "/support"),
        [
            new("Input.InTouch", "YES"), new("Input.IsParent", "yes"), new("Input.ChildrenAges", "2"),
            .. Date("Input.CoGrandparentOffered", Today.AddDays(-30)), .. Date("Input.CoGrandparentAccepted", Today.AddDays(-20)),
            .. Date("Input.CouncilTaxExemptFrom", Today.AddYears(-1)), .. Date("Input.CouncilTaxExemptTo", null),
            .. Date("Input.GuaranteedInterviewOffered", null), .. Date("Input.GuaranteedInterviewUsed", null),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await adviser.GetStringAsync(Url(leaver.Id));
        Assert.Contains("Yes: children aged 2", page);
        Assert.Contains($"accepted {Today.AddDays(-20).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", page);
    }

    [SkippableFact]
    public async Task Api_PostStatusThenGet_ReturnsTheRecordWithTheNewStatus()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var created = await adviser.PostAsJsonAsync($"/api{Url(leaver.Id, "/eet")}", new { from = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), activity = "P5", employedByCouncil = false });
        var record = await adviser.GetFromJsonAsync<JsonElement>($"/api{Url(leaver.Id)}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("P5", record.GetProperty("currentStatus").GetProperty("activity").GetString());
    }

    [SkippableFact]
    public async Task Api_PostStatusWithoutActivity_Answers400NamingTheField()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);

        var response = await adviser.PostAsJsonAsync($"/api{Url(leaver.Id, "/eet")}", new { from = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Select what they are doing", problem.GetProperty("errors").GetProperty("activity")[0].GetString());
    }

    [SkippableFact]
    public async Task Api_PostReviewWithNoPlanAgreed_Answers400ThenWithAPlan_Answers201()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App, App.Users.PersonalAdviserId);
        var adviser = await App.SignedInClientAsync(TestUsers.PersonalAdviser);
        var body = new { reviewDate = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whatChanged = "New flat" };

        var refused = await adviser.PostAsJsonAsync($"/api{Url(leaver.Id, "/pathway-plan/reviews")}", body);
        await App.WithDbAsync(async db =>
        {
            db.PathwayPlans.Add(new Core.CareLeavers.PathwayPlan { ChildId = leaver.Id, AgreedDate = Today.AddMonths(-7) });
            await db.SaveChangesAsync();
        });
        var accepted = await adviser.PostAsJsonAsync($"/api{Url(leaver.Id, "/pathway-plan/reviews")}", body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var record = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.GetProperty("pathwayPlan").GetProperty("nextReviewDue").GetString());
    }

    [SkippableFact]
    public async Task Post_ManagerAllocatesAPersonalAdviser_GivesThemTheYoungPerson()
    {
        var leaver = await TestData.CreateCareLeaverAsync(App);
        var (adviserId, adviserName) = await TestData.AddWorkerAsync(App, Core.Access.Roles.PersonalAdviser);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);

        var response = await manager.PostFormAsync($"/children/{leaver.Id}/allocations",
            [new("Version", leaver.Version.ToString()), new("Allocate", "personal-adviser"), new("PersonalAdviser.WorkerId", adviserId), .. Date("PersonalAdviser.From", Today)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var allocation = Assert.Single(await TestData.AllocationsOfAsync(App, leaver.Id));
        Assert.Equal(AllocationRole.PersonalAdviser, allocation.Role);
        var adviser = await App.SignedInClientAsync(adviserName);
        Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(Url(leaver.Id))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LeavingCareTests_Sqlite(SqliteApp app) : LeavingCareTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LeavingCareTests_Postgres(PostgresApp app) : LeavingCareTests(app);
