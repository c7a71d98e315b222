using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Education;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Attainment;

/// <summary>A child's attainment, the forms that record to it, the list for a year, comparison figures and the API. Today is 23 November 2026.</summary>
public abstract class AttainmentTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<int> PupilAtSchoolAAsync()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId);
        return child.Id;
    }

    [SkippableFact]
    public async Task Post_RecordAssessment_DesignatedTeacher_SavesAuditsAndShowsOnTheSection()
    {
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.PostFormAsync($"/children/{childId}/education/attainment/assessment",
            [new("Input.AcademicYear", "2026"), new("Input.Term", "Autumn"), new("Input.Judgements[Reading]", "AtExpected"), new("Input.Judgements[Maths]", "WorkingTowards")]);
        var page = await Html.ParseAsync(await client.GetAsync($"/children/{childId}/education/attainment"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.TeacherAssessments.AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.Subject).ToListAsync());
        Assert.Equal([(AssessmentSubject.Reading, TeacherJudgement.AtExpected), (AssessmentSubject.Maths, TeacherJudgement.WorkingTowards)],
            saved.Select(a => (a.Subject, a.Judgement)));
        Assert.All(saved, a => Assert.Equal((2026, SchoolTerm.Autumn, TestUsers.DesignatedTeacher), (a.AcademicYear, a.Term, a.RecordedBy)));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == childId && a.Action == "attainment.assessment.add")));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Autumn 2026-27", text);
        Assert.Contains("Working towards expected", text);
    }

    [SkippableFact]
    public async Task Post_RecordAssessment_NothingJudged_NamesTheFieldAndSavesNothing()
    {
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await client.PostFormAsync($"/children/{childId}/education/attainment/assessment", [new("Input.AcademicYear", "2026")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("#Input_Term", "Select the term of the assessments"), links);
        Assert.NotNull(page.QuerySelector("#Input_Term"));
        Assert.False(await App.WithDbAsync(db => db.TeacherAssessments.AnyAsync(a => a.ChildId == childId)));
    }

    [SkippableFact]
    public async Task Post_RecordKeyStage2Result_WorksOutReadingWritingAndMathsCombined()
    {
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);

        var response = await client.PostFormAsync($"/children/{childId}/education/attainment/result?assessment=KeyStage2",
            [new("Assessment", "KeyStage2"), new("Input.AcademicYear", "2025"), new("Input.Ks2ReadingExpected", "yes"), new("Input.Ks2WritingExpected", "no"),
             new("Input.Ks2MathsExpected", "yes"), new("Input.Ks2HighStandard", "no")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.StatutoryResults.AsNoTracking().SingleAsync(r => r.ChildId == childId));
        Assert.Equal((2025, StatutoryAssessment.KeyStage2, false), (saved.AcademicYear, saved.Assessment, saved.Ks2RwmExpected));
    }

    [SkippableFact]
    public async Task Post_RecordKeyStage4Result_WithErrors_NamesEachField()
    {
        var childId = await PupilAtSchoolAAsync();
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.PostFormAsync($"/children/{childId}/education/attainment/result?assessment=KeyStage4",
            [new("Assessment", "KeyStage4"), new("Input.AcademicYear", "2025"), new("Input.Attainment8", "95"), new("Input.EnglishMathsGrade4", "no")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".govuk-error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("#Input_Attainment8", "The Attainment 8 score must be from 0 to 90"), links);
        Assert.Contains(("#Input_EnglishMathsGrade5", "Select whether the child got grade 5 or above in English and maths"), links);
        Assert.False(await App.WithDbAsync(db => db.StatutoryResults.AnyAsync(r => r.ChildId == childId)));
    }

    [SkippableFact]
    public async Task Get_Api_ReturnsAssessmentsAndResults()
    {
        var childId = await PupilAtSchoolAAsync();
        await App.WithDbAsync(async db =>
        {
            db.StatutoryResults.Add(new StatutoryResult { ChildId = childId, AcademicYear = 2025, Assessment = StatutoryAssessment.KeyStage4, Attainment8 = 21.5m, EnglishMathsGrade4 = true, EnglishMathsGrade5 = false });
            await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var response = await client.GetAsync($"/api/children/{childId}/education/attainment");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(21.5m, body.GetProperty("results")[0].GetProperty("attainment8").GetDecimal());
    }

    [SkippableFact]
    public async Task Get_List_DesignatedTeacher_SeesOwnPupilsOnlyAndDownloadsTheColumnsShown()
    {
        var mine = await PupilAtSchoolAAsync();
        var other = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await TestData.EnrolAsync(App, other.Id, App.Users.SchoolBId);
        await App.WithDbAsync(async db =>
        {
            foreach (var id in new[] { mine, other.Id })
            {
                db.TeacherAssessments.Add(new TeacherAssessment { ChildId = id, AcademicYear = 2026, Term = SchoolTerm.Autumn, Subject = AssessmentSubject.Reading, Judgement = TeacherJudgement.AboveExpected, RecordedBy = "test" });
            }
            await db.SaveChangesAsync();
        });
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);

        var page = await Html.ParseAsync(await client.GetAsync("/attainment?year=2025"));
        var csv = await (await client.GetAsync("/attainment?year=2025&format=csv")).Content.ReadAsStringAsync();

        Assert.NotNull(page.QuerySelector($"a[href='/children/{mine}/education/attainment']"));
        Assert.Null(page.QuerySelector($"a[href='/children/{other.Id}/education/attainment']"));
        Assert.StartsWith("Child,Latest teacher assessment,Reading,Writing,Maths,Statutory results", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Above expected", csv, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_ComparisonsImportedTwice_SecondTimeChangesNothing()
    {
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);
        var csv = "academic_year,measure_id,area,value,source\n2030-31,attainment.ks2.rwm,Essex,61,Test figure\n";

        await UploadAsync(client, csv);
        var response = await UploadAsync(client, csv);
        var text = (await Html.ParseAsync(response)).QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("0 added, 0 corrected, 1 already held", text);
        Assert.Equal(1, await App.WithDbAsync(db => db.ComparisonFigures.CountAsync(c => c.AcademicYear == 2030)));
    }

    [SkippableFact]
    public async Task Post_ComparisonsWithAWrongRow_ImportsNothingAndSaysWhichRow()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);
        var csv = "academic_year,measure_id,area,value,source\n2031-32,attainment.ks2.rwm,Essex,61,Test\n2031-32,attainment.ks2.rwm,Scotland,61,Test\n";

        var response = await UploadAsync(client, csv);
        var text = (await Html.ParseAsync(response)).QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Row 3: area \"Scotland\" must be Essex, England, England children looked after or Statistical neighbours", text);
        Assert.False(await App.WithDbAsync(db => db.ComparisonFigures.AnyAsync(c => c.AcademicYear == 2031)));
    }

    [SkippableFact]
    public async Task Get_Comparisons_VirtualSchoolOfficer_ReturnsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);

        var response = await client.GetAsync("/attainment/comparisons");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv)
    {
        var form = await Html.ParseAsync(await client.GetAsync("/attainment/comparisons"));
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Upload", "figures.csv" },
        };
        return await client.PostAsync("/attainment/comparisons", content);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AttainmentTests_Sqlite(SqliteApp app) : AttainmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AttainmentTests_Postgres(PostgresApp app) : AttainmentTests(app);
