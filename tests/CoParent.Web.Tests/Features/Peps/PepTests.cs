using System.Net;
using CoParent.Core.Education;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Peps;

public abstract class PepTests(CoParentApp app) : IntegrationTest(app)
{
    private async Task<int> PupilAsync()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, since: new DateOnly(2025, 1, 6));
        await TestData.EnrolAsync(App, child.Id, App.Users.SchoolAId, from: new DateOnly(2024, 9, 1));
        await TestData.AllocateVirtualSchoolOfficerAsync(App, child.Id, App.Users.VirtualSchoolOfficerId);
        return child.Id;
    }

    private static async Task<int> StartAsync(HttpClient client, int childId)
    {
        var response = await client.PostFormAsync($"/children/{childId}/education/peps/new", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        return int.Parse(location.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WriteReadyAsync(HttpClient client, int childId, int pepId)
    {
        var edit = $"/children/{childId}/education/peps/{pepId}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(edit,
            [new("Input.ChildLikes", "Art and football"), new("Input.MeetingDate.Day", "12"), new("Input.MeetingDate.Month", "11"), new("Input.MeetingDate.Year", "2026")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(edit + "?handler=AddTarget",
            [new("Target.Description", "Read a 100-page book alone"), new("Target.WhoWillDoIt", "Class teacher"), new("Target.ByWhen.Day", "1"),
             new("Target.ByWhen.Month", "2"), new("Target.ByWhen.Year", "2027"), new("Target.PupilPremiumRequested", "250")], tokenFrom: edit)).StatusCode);
    }

    [SkippableFact]
    public async Task Post_OfficerWritesSubmitsAndApproves_PepIsLockedWithTwoVersions()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var pepId = await StartAsync(client, childId);
        await WriteReadyAsync(client, childId, pepId);

        var submit = await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/submit", []);
        var assure = await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/quality-assurance",
            [new("Input.ItemsMet", "voice"), new("Input.ItemsMet", "smart"), new("Input.Rating", "Green"), new("Input.Decision", "approve")]);
        var edit = await client.GetAsync($"/children/{childId}/education/peps/{pepId}/edit");

        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, assure.StatusCode);
        Assert.Equal($"/children/{childId}/education/peps/{pepId}", edit.Headers.Location!.ToString()); // locked: back to the view
        var pep = await App.WithDbAsync(db => db.PersonalEducationPlans.Include(p => p.Targets).Include(p => p.Versions).SingleAsync(p => p.Id == pepId));
        Assert.Equal((PepStatus.Approved, PepRating.Green, "voice,smart", 250m), (pep.Status, pep.QaRating, pep.QaItemsMet, pep.Targets.Single().PupilPremiumRequested));
        Assert.Equal([PepStatus.Submitted, PepStatus.Approved], pep.Versions.OrderBy(v => v.Version).Select(v => v.Status));
        Assert.Equal(TestUsers.VirtualSchoolOfficer, pep.VoiceChangedBy);
    }

    [SkippableFact]
    public async Task Post_SocialWorkerQualityAssures_ReturnsForbidden()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var pepId = await StartAsync(client, childId);
        await WriteReadyAsync(client, childId, pepId);
        await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/submit", []);

        var response = await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/quality-assurance",
            [new("Input.Rating", "Green"), new("Input.Decision", "approve")], tokenFrom: $"/children/{childId}/education/peps/{pepId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(PepStatus.Submitted, await App.WithDbAsync(db => db.PersonalEducationPlans.Where(p => p.Id == pepId).Select(p => p.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task Post_ReturnWithoutReason_NamesTheReasonInTheError()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolHead);
        var pepId = await StartAsync(client, childId);
        await WriteReadyAsync(client, childId, pepId);
        await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/submit", []);

        var response = await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/quality-assurance",
            [new("Input.Rating", "Red"), new("Input.Decision", "return")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#Input_ReturnReason\">Enter why the PEP is being returned</a>", html);
    }

    [SkippableFact]
    public async Task Post_Autosave_KeepsHalfWrittenTextAndAnswersTheTimeSaved()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.DesignatedTeacher);
        var pepId = await StartAsync(client, childId);
        var edit = $"/children/{childId}/education/peps/{pepId}/edit";

        var response = await client.PostFormAsync(edit + "?handler=Autosave",
            [new("Input.AttainmentNotes", "Reading age is catching up, about"), new("Input.MeetingDate.Day", "31"), new("Input.MeetingDate.Month", "2")], tokenFrom: edit);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"savedAt\":\"10:00\"", body);
        var pep = await App.WithDbAsync(db => db.PersonalEducationPlans.SingleAsync(p => p.Id == pepId));
        Assert.Equal(("Reading age is catching up, about", TestUsers.DesignatedTeacher), (pep.AttainmentNotes, pep.AttainmentChangedBy));
    }

    [SkippableFact]
    public async Task Post_SubmitWithoutTargets_SaysWhatIsMissing()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var pepId = await StartAsync(client, childId);

        var response = await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/submit", [], tokenFrom: $"/children/{childId}/education/peps/{pepId}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter the child&#x27;s views before submitting the PEP", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Get_PepsList_AsOfficer_ShowsAwaitingQaAndDownloadsCsv()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var pepId = await StartAsync(client, childId);
        await WriteReadyAsync(client, childId, pepId);
        await client.PostFormAsync($"/children/{childId}/education/peps/{pepId}/submit", []);

        var html = await client.GetStringAsync("/peps?show=awaiting");
        var csv = await client.GetAsync("/peps?show=awaiting&format=csv");

        Assert.Contains($"/children/{childId}/education/peps/{pepId}", html);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Awaiting quality assurance", await csv.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Get_PepsApi_ListsTheChildsPeps()
    {
        var childId = await PupilAsync();
        var client = await App.SignedInClientAsync(TestUsers.VirtualSchoolOfficer);
        var pepId = await StartAsync(client, childId);

        var json = await client.GetStringAsync($"/api/children/{childId}/education/peps");

        Assert.Contains($"\"id\":{pepId}", json);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PepTests_Sqlite(SqliteApp app) : PepTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PepTests_Postgres(PostgresApp app) : PepTests(app);
