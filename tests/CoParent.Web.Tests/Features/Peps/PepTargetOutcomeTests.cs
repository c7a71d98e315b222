using System.Globalization;
using System.Net;
using CoParent.Core.Education;
using CoParent.Core.Measures;
using CoParent.Web.Features.PupilPremium;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Peps;

/// <summary>Issue 5, corrections: whether an approved PEP's targets were met, recorded without unlocking the PEP.</summary>
public abstract class PepTargetOutcomeTests(CoParentApp app) : IntegrationTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime);

    private static IEnumerable<KeyValuePair<string, string>> Date(string key, DateOnly date) =>
    [
        new($"{key}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new($"{key}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new($"{key}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>A pupil at school A with a PEP in the given status holding one target with PP+ committed against it.</summary>
    private async Task<(int ChildId, int PepId, int TargetId)> PepAsync(PepStatus status)
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId,
            familyName: TestData.UniqueFamilyName("Targeted"), dateOfBirth: Today.AddYears(-10));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        return await App.WithDbAsync(async db =>
        {
            var pep = new PersonalEducationPlan
            {
                ChildId = child.Id, AcademicYear = 2026, Term = SchoolTerm.Autumn, Status = status, DueBy = Today.AddDays(-30),
                ApprovedAt = status == PepStatus.Approved ? CoParentApp.Now.UtcDateTime.AddDays(-60) : null, CreatedAt = CoParentApp.Now.UtcDateTime.AddDays(-70),
                Targets = [new PepTarget { Description = "Read a chapter book each week", WhoWillDoIt = "Carer", ByWhen = Today.AddDays(-10), PupilPremiumRequested = 300 }],
            };
            db.PersonalEducationPlans.Add(pep);
            await db.SaveChangesAsync();
            db.PupilPremiumAllocations.Add(new PupilPremiumAllocation
            {
                ChildId = child.Id, FinancialYear = FinancialYear.Containing(Today), Amount = 300, Kind = PupilPremiumAllocationKind.PassedToSchool,
                SchoolId = App.Users.SchoolAId, PepTargetId = pep.Targets[0].Id, Purpose = "Reading tuition", CommittedOn = Today.AddDays(-50),
                CommittedByUserId = App.Users.VirtualSchoolOfficerId,
            });
            await db.SaveChangesAsync();
            return (child.Id, pep.Id, pep.Targets[0].Id);
        });
    }

    private static string Outcome((int ChildId, int PepId, int TargetId) p) => $"/children/{p.ChildId}/education/peps/{p.PepId}/targets/{p.TargetId}/outcome";

    [SkippableFact]
    public async Task Post_DesignatedTeacherRecordsTargetMet_ShowsOnThePepAndLedgerAndThePepStaysLocked()
    {
        var pep = await PepAsync(PepStatus.Approved);
        var teacher = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await teacher.PostFormAsync(Outcome(pep), [new("Outcome", "Met"), .. Date("JudgedOn", Today.AddDays(-2)), new("Note", "Reads every night now")]);
        var page = await teacher.GetStringAsync($"/children/{pep.ChildId}/education/peps/{pep.PepId}");
        var ledger = await teacher.GetStringAsync($"/children/{pep.ChildId}/education/pupil-premium");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Reads every night now", page);
        Assert.Contains("Met", ledger);
        var saved = await App.WithDbAsync(db => db.PersonalEducationPlans.Include(p => p.Targets).SingleAsync(p => p.Id == pep.PepId));
        Assert.Equal(PepStatus.Approved, saved.Status);
        Assert.Equal("Read a chapter book each week", saved.Targets[0].Description);
        Assert.Equal((PepTargetOutcome.Met, Today.AddDays(-2), TestUsers.DesignatedTeacher),
            (saved.Targets[0].Outcome, saved.Targets[0].OutcomeOn!.Value, saved.Targets[0].OutcomeRecordedBy));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == pep.ChildId && a.Action == "pep.target-outcome")));
    }

    [SkippableFact]
    public async Task Post_TargetMet_PupilPremiumTargetMetMeasureCountsTheChild()
    {
        var pep = await PepAsync(PepStatus.Approved);
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var period = new MeasurePeriod(Today.AddDays(-30), Today);

        await officer.PostFormAsync(Outcome(pep), [new("Outcome", "Met"), .. Date("JudgedOn", Today)]);
        var measures = await App.WithDbAsync(db => new PupilPremiumOutcomeMeasures().CalculateAsync(db, period, CancellationToken.None));

        Assert.Contains(pep.ChildId, measures.Single(m => m.Id == "education.pupil-premium.target-met").ChildIds);
    }

    [SkippableFact]
    public async Task Post_OutcomeWithNothingChosen_NamesOutcomeAndDate()
    {
        var pep = await PepAsync(PepStatus.Approved);
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await officer.PostFormAsync(Outcome(pep), []);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Outcome", "Select whether the target was met, partly met or not met"), errors);
        Assert.Contains(("#JudgedOn", "Enter the date the outcome was judged"), errors);
    }

    [SkippableFact]
    public async Task Get_OutcomeOfADraftPepsTarget_LeadsBackToThePep()
    {
        var pep = await PepAsync(PepStatus.Draft);
        var officer = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await officer.GetAsync(Outcome(pep));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{pep.ChildId}/education/peps/{pep.PepId}", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PepTargetOutcomeTests_Sqlite(SqliteApp app) : PepTargetOutcomeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PepTargetOutcomeTests_Postgres(PostgresApp app) : PepTargetOutcomeTests(app);
