using System.Net;
using System.Text.Json;
using CoParent.Core.Education;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.PupilPremium;

public abstract class PupilPremiumTests(CoParentApp app) : IntegrationTest(app)
{
    /// <summary>A child in care at school A, on the Virtual School officer's caseload, with the 2026-27 rate set.</summary>
    private async Task<int> PupilAsync(int? schoolId = null, string familyName = "Testchild")
    {
        await TestData.EnsurePupilPremiumRateAsync(App);
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, familyName: familyName);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        await TestData.EnrolAsync(App, child.Id, schoolId ?? App.Users.SchoolAId);
        return child.Id;
    }

    private static KeyValuePair<string, string>[] CommitForm(string kind, int? targetId, string amount, bool exception = false) =>
    [
        new("Input.Kind", kind), new("Input.PepTargetId", targetId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("Input.Amount", amount), new("Input.Purpose", "Small-group tuition in maths"),
        .. exception ? new KeyValuePair<string, string>[] { new("Input.ExceptionConfirmed", "true") } : [],
    ];

    private Task<List<PupilPremiumAllocation>> AllocationsAsync(int childId) =>
        App.WithDbAsync(db => db.PupilPremiumAllocations.AsNoTracking().Where(a => a.ChildId == childId).ToListAsync());

    [SkippableFact]
    public async Task Post_Commit_AsOfficerForApprovedPepTarget_PassesMoneyToTheSchool()
    {
        var childId = await PupilAsync();
        var targetId = await TestData.AddPepTargetAsync(App, childId);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await client.PostFormAsync($"/children/{childId}/education/pupil-premium/commit", CommitForm("PassedToSchool", targetId, "600"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await AllocationsAsync(childId));
        Assert.Equal((600m, 2026, App.Users.SchoolAId, targetId, App.Users.VirtualSchoolOfficerId),
            (saved.Amount, saved.FinancialYear, saved.SchoolId!.Value, saved.PepTargetId!.Value, saved.CommittedByUserId));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == childId && a.Action == "pupil-premium.commit")));
    }

    [SkippableFact]
    public async Task Post_Commit_ForTargetOfPepNotApproved_NamesTheFieldAndSavesNothing()
    {
        var childId = await PupilAsync();
        var targetId = await TestData.AddPepTargetAsync(App, childId, PepStatus.Submitted);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await client.PostFormAsync($"/children/{childId}/education/pupil-premium/commit", CommitForm("PassedToSchool", targetId, "600"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_PepTargetId\">Pupil Premium Plus goes to a school only for a target in a PEP the Virtual School has approved</a>", html);
        Assert.Empty(await AllocationsAsync(childId));
    }

    [SkippableFact]
    public async Task Post_Commit_OverTheRateAsOfficer_IsRefusedAndOnlyTheHeadCanAgree()
    {
        var childId = await PupilAsync();
        var targetId = await TestData.AddPepTargetAsync(App, childId);
        await TestData.AddPupilPremiumAllocationAsync(App, childId, 2500m, App.Users.SchoolAId);
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var head = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var refused = await officer.PostFormAsync($"/children/{childId}/education/pupil-premium/commit", CommitForm("PassedToSchool", targetId, "600"));
        var agreed = await head.PostFormAsync($"/children/{childId}/education/pupil-premium/commit", CommitForm("PassedToSchool", targetId, "600", exception: true));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("only the Virtual School Head can agree an exception", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var over = Assert.Single(await AllocationsAsync(childId), a => a.Amount == 600m);
        Assert.Equal(App.Users.VirtualSchoolHeadId, over.ExceptionConfirmedByUserId);
    }

    [SkippableFact]
    public async Task Post_Commit_HeldCentrallyWithoutTarget_IsSaved()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await client.PostFormAsync($"/children/{childId}/education/pupil-premium/commit", CommitForm("HeldCentrally", null, "300"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await AllocationsAsync(childId));
        Assert.Equal((PupilPremiumAllocationKind.HeldCentrally, (int?)null), (saved.Kind, saved.SchoolId));
    }

    [SkippableFact]
    public async Task Post_Commit_AsSocialWorker_IsForbidden()
    {
        var childId = await PupilAsync();
        var targetId = await TestData.AddPepTargetAsync(App, childId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{childId}/education/pupil-premium/commit", CommitForm("PassedToSchool", targetId, "600"),
            tokenFrom: $"/children/{childId}/education/pupil-premium");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await AllocationsAsync(childId));
    }

    [SkippableFact]
    public async Task Get_ChildPage_ShowsRateCommittedSpentAndWhatIsLeft()
    {
        var childId = await PupilAsync();
        var targetId = await TestData.AddPepTargetAsync(App, childId, outcome: PepTargetOutcome.Met, description: "Learn times tables to 12");
        await TestData.AddPupilPremiumAllocationAsync(App, childId, 1000m, App.Users.SchoolAId, targetId, spent: 400m);
        await TestData.AddPupilPremiumAllocationAsync(App, childId, 500m, null);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/children/{childId}/education/pupil-premium"));

        // Rate £2,700; committed 1,000 + 500 = £1,500; spent £400; left 2,700 − 1,500 = £1,200.
        Assert.Contains("£2,700", html);
        Assert.Contains("£1,500", html);
        Assert.Contains("£400", html);
        Assert.Contains("£1,200", html);
        Assert.Contains("Learn times tables to 12", html);
        Assert.Contains(">Met<", html);
    }

    [SkippableFact]
    public async Task Get_Api_GivesTheLedgerArithmetic()
    {
        var childId = await PupilAsync();
        await TestData.AddPupilPremiumAllocationAsync(App, childId, 1000m, App.Users.SchoolAId, spent: 250m);
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.GetAsync($"/api/children/{childId}/education/pupil-premium");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000m, json.RootElement.GetProperty("committed").GetDecimal());
        Assert.Equal(250m, json.RootElement.GetProperty("spent").GetDecimal());
        Assert.Equal(1700m, json.RootElement.GetProperty("balance").GetDecimal());
    }

    [SkippableFact]
    public async Task Post_Spend_AsTheSchoolsDesignatedTeacher_RecordsSpending()
    {
        var childId = await PupilAsync();
        var allocationId = await TestData.AddPupilPremiumAllocationAsync(App, childId, 600m, App.Users.SchoolAId);
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.PostFormAsync($"/children/{childId}/education/pupil-premium/{allocationId}/spend",
            [new("Input.SpentAmount", "550"), new("Input.SpentOn.Day", "1"), new("Input.SpentOn.Month", "10"), new("Input.SpentOn.Year", "2026"), new("Input.SpentOnWhat", "Ten tutoring sessions")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await AllocationsAsync(childId));
        Assert.Equal((550m, new DateOnly(2026, 10, 1), App.Users.DesignatedTeacherId), (saved.SpentAmount!.Value, saved.SpentOn!.Value, saved.SpendingRecordedByUserId!));
    }

    [SkippableFact]
    public async Task Post_Spend_MoreThanCommitted_NamesTheField()
    {
        var childId = await PupilAsync();
        var allocationId = await TestData.AddPupilPremiumAllocationAsync(App, childId, 600m, App.Users.SchoolAId);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await client.PostFormAsync($"/children/{childId}/education/pupil-premium/{allocationId}/spend",
            [new("Input.SpentAmount", "650"), new("Input.SpentOn.Day", "1"), new("Input.SpentOn.Month", "10"), new("Input.SpentOn.Year", "2026"), new("Input.SpentOnWhat", "Tutoring")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_SpentAmount\">The amount spent cannot be more than the £600 committed</a>",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [SkippableFact]
    public async Task Get_Spend_AsDesignatedTeacherForMoneyPassedToAnotherSchool_IsForbidden()
    {
        var childId = await PupilAsync();
        var allocationId = await TestData.AddPupilPremiumAllocationAsync(App, childId, 600m, App.Users.SchoolBId);
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.GetAsync($"/children/{childId}/education/pupil-premium/{allocationId}/spend");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Get_Overview_AsDesignatedTeacher_ShowsTheirOwnSchoolOnly()
    {
        var ours = await PupilAsync(App.Users.SchoolAId, familyName: "Ppownschool");
        var theirs = await PupilAsync(App.Users.SchoolBId, familyName: "Ppotherschool");
        await TestData.AddPupilPremiumAllocationAsync(App, ours, 700m, App.Users.SchoolAId);
        await TestData.AddPupilPremiumAllocationAsync(App, theirs, 800m, App.Users.SchoolBId);
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var html = await client.GetStringAsync("/pupil-premium");

        Assert.Contains("Ppownschool", html);
        Assert.DoesNotContain("Ppotherschool", html);
        Assert.DoesNotContain("Test Academy B", html);
        Assert.DoesNotContain("How the grant is worked out", html);
    }

    [SkippableFact]
    public async Task Get_OverviewCsv_AsHead_HasTheColumnsShown()
    {
        var childId = await PupilAsync(familyName: "Ppcsvchild");
        await TestData.AddPupilPremiumAllocationAsync(App, childId, 900m, App.Users.SchoolAId, spent: 300m);
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await client.GetAsync("/pupil-premium?year=2026&format=csv");
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Child,School,Committed (£),Spent (£),Not yet spent (£)", csv, StringComparison.Ordinal);
        Assert.Contains("Ppcsvchild,Test Primary School A,900.00,300.00,600.00", csv);
    }

    [SkippableFact]
    public async Task Post_Rates_AsHead_AddsAYearsRate()
    {
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await client.PostFormAsync("/pupil-premium/rates", [new("Input.FinancialYear", "2031-32"), new("Input.AmountPerChild", "2,950")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2950m, await App.WithDbAsync(db => db.PupilPremiumRates.Where(r => r.FinancialYear == 2031).Select(r => r.AmountPerChild).SingleAsync()));
    }

    [SkippableFact]
    public async Task Get_Rates_AsOfficer_IsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await client.GetAsync("/pupil-premium/rates");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PupilPremiumTests_Sqlite(SqliteApp app) : PupilPremiumTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PupilPremiumTests_Postgres(PostgresApp app) : PupilPremiumTests(app);
