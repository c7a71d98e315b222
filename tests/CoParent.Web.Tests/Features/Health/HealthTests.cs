using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Health;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Health;

/// <summary>A child's health section, the forms that record to it, the due list and the API. Today is 23 November 2026.</summary>
public abstract class HealthTests(CoParentApp app) : IntegrationTest(app)
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static List<KeyValuePair<string, string>> AssessmentForm(string kind, string day, string month, string year, string heldBy) =>
    [
        new("Input.Kind", kind), new("Input.Date.Day", day), new("Input.Date.Month", month), new("Input.Date.Year", year), new("Input.HeldBy", heldBy),
    ];

    [SkippableFact]
    public async Task Get_HealthSection_ShowsRecordsBandsAndWhatIsDue()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await App.WithDbAsync(async db =>
        {
            db.HealthAssessments.Add(new HealthAssessment { ChildId = child.Id, Kind = HealthAssessmentKind.Review, HeldOn = D(2026, 6, 1), HeldBy = "Dr Nia Prowse (LAC health team)" });
            db.SdqAssessments.Add(new SdqAssessment { ChildId = child.Id, CompletedOn = D(2026, 5, 1), TotalScore = 18, CompletedBy = SdqInformant.Carer });
            db.SdqAssessments.Add(new SdqAssessment { ChildId = child.Id, CompletedOn = D(2026, 5, 2), TotalScore = 25, CompletedBy = SdqInformant.Teacher });
            db.ImmunisationChecks.Add(new ImmunisationCheck { ChildId = child.Id, CheckedOn = D(2026, 6, 1), UpToDate = false });
            await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/children/{child.Id}/health");
        var page = await Html.ParseAsync(response);
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dr Nia Prowse (LAC health team)", text);
        // Aged 11 when assessed on 1 June 2026 => the next review by 1 June 2027.
        Assert.Contains("1 June 2027", text);
        Assert.Contains("Cause for concern", text);
        Assert.Contains("Not banded (not completed by a carer)", text);
        Assert.Contains("Not up to date", text);
        Assert.NotNull(page.QuerySelector($"a[href='/children/{child.Id}/health/assessments/new']"));
        Assert.NotNull(page.QuerySelector($"a[href='/children/{child.Id}/health'][aria-current]"));
    }

    [SkippableFact]
    public async Task Post_RecordAssessment_SavesAuditsAndUpdatesTheOc2Row()
    {
        // In care since 23 November 2025, so looked after for the whole of the year to 31 March 2027.
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/health/assessments/new", AssessmentForm("Review", "1", "10", "2026", "Dr Nia Prowse"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child.Id}/health", response.Headers.Location?.OriginalString);
        var saved = await App.WithDbAsync(db => db.HealthAssessments.AsNoTracking().SingleAsync(a => a.ChildId == child.Id));
        Assert.Equal((HealthAssessmentKind.Review, D(2026, 10, 1), "Dr Nia Prowse"), (saved.Kind, saved.HeldOn, saved.HeldBy));
        var oc2 = await App.WithDbAsync(db => db.AnnualHealthOutcomes.AsNoTracking().SingleAsync(o => o.ChildId == child.Id && o.CollectionYear == 2027));
        Assert.Equal("1", oc2.HealthAssessment);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "health.assessments.add")));
    }

    [SkippableFact]
    public async Task Post_RecordAssessment_ChildNewToCare_LeavesOc2Alone()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, since: D(2026, 10, 1));
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/health/assessments/new", AssessmentForm("Initial", "20", "10", "2026", "Dr Nia Prowse"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.AnnualHealthOutcomes.AnyAsync(o => o.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Post_RecordAssessment_WithErrors_NamesEachFieldAndSavesNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/health/assessments/new", AssessmentForm("", "", "", "", ""));
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_Kind", "Select whether this was an initial or a review health assessment"), errors);
        Assert.Contains(("#Input_Date", "Enter the date the assessment was held"), errors);
        Assert.Contains(("#Input_HeldBy", "Enter who held the assessment"), errors);
        Assert.False(await App.WithDbAsync(db => db.HealthAssessments.AnyAsync(a => a.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Post_RecordAssessment_DateInTheFuture_IsRefused()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/health/assessments/new", AssessmentForm("Review", "24", "11", "2026", "Dr Nia Prowse"));
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_Date", "The date the assessment was held must be today or in the past"), errors);
    }

    [SkippableFact]
    public async Task Post_RecordSdq_ScoreOver40_NamesTheScore()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/health/sdq/new",
            [new("Input.Date.Day", "1"), new("Input.Date.Month", "11"), new("Input.Date.Year", "2026"), new("Input.Score", "41"), new("Input.CompletedBy", "Carer")]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#Input_Score", "The total difficulties score must be a whole number from 0 to 40")], errors);
    }

    [SkippableFact]
    public async Task Post_RecordPassport_SavesTheContents()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/health/passports/new",
        [
            new("Input.Date.Day", "2"), new("Input.Date.Month", "11"), new("Input.Date.Year", "2026"),
            new("Input.Contents", "HealthHistory"), new("Input.Contents", "NhsNumber"), new("Input.OtherContents", "Allergy card"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.HealthPassports.AsNoTracking().SingleAsync(p => p.ChildId == child.Id));
        Assert.Equal(HealthPassportContents.HealthHistory | HealthPassportContents.NhsNumber, saved.Contents);
        Assert.Equal("Allergy card", saved.OtherContents);
    }

    [SkippableFact]
    public async Task Iro_ReadsTheHealthSection_ButCannotRecord()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var page = await client.GetAsync($"/children/{child.Id}/health");
        var form = await client.GetAsync($"/children/{child.Id}/health/assessments/new");
        var post = await client.PostFormAsync($"/children/{child.Id}/health/assessments/new", AssessmentForm("Review", "1", "10", "2026", "Dr Nia Prowse"),
            tokenFrom: $"/children/{child.Id}/health");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("Record a health assessment", await page.Content.ReadAsStringAsync());
        Html.AssertForbidden(form);
        Html.AssertForbidden(post);
        Assert.False(await App.WithDbAsync(db => db.HealthAssessments.AnyAsync(a => a.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Councillor_OpensHealthSectionOrDueList_IsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await client.GetAsync($"/children/{child.Id}/health"));
        Html.AssertForbidden(await client.GetAsync("/health"));
        Html.AssertForbidden(await client.GetAsync($"/api/children/{child.Id}/health"));
    }

    [SkippableFact]
    public async Task Get_DueList_ShowsOwnChildrenOverdue_NotOtherWorkersChildren()
    {
        // Came into care on 1 October 2026 with no assessment: the initial was due 20 working days later, 29 October.
        var name = TestData.UniqueFamilyName();
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: name, since: D(2026, 10, 1));
        var own = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var other = await App.SignedInClientAsync(TestUsers.OtherSocialWorker);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);

        var ownRows = await AllRowsAsync(own, "/health");
        var otherRows = await AllRowsAsync(other, "/health");
        var managerRows = await AllRowsAsync(manager, "/health?what=InitialAssessment");

        var row = Assert.Single(ownRows, r => r.Contains(name, StringComparison.Ordinal) && r.Contains("Initial", StringComparison.Ordinal));
        Assert.Contains("29 October 2026", row);
        Assert.Contains("Overdue", row);
        Assert.DoesNotContain(otherRows, r => r.Contains(name, StringComparison.Ordinal));
        Assert.Contains(managerRows, r => r.Contains(name, StringComparison.Ordinal));
        Assert.All(managerRows, r => Assert.Contains("Initial health assessment", r));
    }

    /// <summary>The due list's rows on every page (other tests' children share the fixture database).</summary>
    private static async Task<List<string>> AllRowsAsync(HttpClient client, string url)
    {
        var rows = new List<string>();
        for (string? next = url; next is not null;)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ParseAsync(response);
            rows.AddRange(page.QuerySelectorAll("tbody tr").Select(r => r.TextContent));
            next = page.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href")?.Replace("&amp;", "&", StringComparison.Ordinal);
        }
        return rows;
    }

    [SkippableFact]
    public async Task Api_GetHealth_ReturnsWhatIsDueAndRecords()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await App.WithDbAsync(async db =>
        {
            db.DentalChecks.Add(new DentalCheck { ChildId = child.Id, CheckedOn = D(2026, 2, 1) });
            await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/api/children/{child.Id}/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-02-01", json.RootElement.GetProperty("dentalChecks")[0].GetString());
        // No assessment in this period of care (since 23 November 2025): the initial is due and long overdue.
        var initial = json.RootElement.GetProperty("dueNext").EnumerateArray().Single(d => d.GetProperty("what").GetString() == "Initial health assessment");
        Assert.True(initial.GetProperty("overdue").GetBoolean());
    }

    [SkippableFact]
    public async Task Api_PostAssessment_CreatesIt()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/health/assessments",
            new { date = "2026-11-02", kind = "Initial", heldBy = "Dr Nia Prowse" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.HealthAssessments.AnyAsync(a => a.ChildId == child.Id && a.Kind == HealthAssessmentKind.Initial)));
        Assert.Equal("1", await App.WithDbAsync(db => db.AnnualHealthOutcomes.Where(o => o.ChildId == child.Id && o.CollectionYear == 2027).Select(o => o.HealthAssessment).SingleAsync()));
    }

    [SkippableFact]
    public async Task Api_PostAssessment_WithErrors_ReturnsValidationProblemNamingFields()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/health/assessments", new { date = "2026-02-30", kind = "Annual" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", errors.GetProperty("date")[0].GetString());
        Assert.Equal("kind must be Initial or Review", errors.GetProperty("kind")[0].GetString());
        Assert.Equal("Enter who held the assessment", errors.GetProperty("heldBy")[0].GetString());
    }

    [SkippableFact]
    public async Task Api_PostAssessment_AsIro_IsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/health/assessments",
            new { date = "2026-11-02", kind = "Initial", heldBy = "Dr Nia Prowse" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HealthTests_Sqlite(SqliteApp app) : HealthTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HealthTests_Postgres(PostgresApp app) : HealthTests(app);
