using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoParent.Core.Audit;
using CoParent.Core.Identity;
using CoParent.Core.Measures;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.Identity;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Identity;

public abstract class IdentityTests(CoParentApp app) : IntegrationTest(app)
{
    private static List<KeyValuePair<string, string>> Date(string key, DateOnly? date) =>
    [
        new($"{key}.Day", date?.Day.ToString() ?? ""), new($"{key}.Month", date?.Month.ToString() ?? ""), new($"{key}.Year", date?.Year.ToString() ?? ""),
    ];

    [SkippableFact]
    public async Task Get_Identity_ShowsTheChildBesideTheirCarersHousehold()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await TestData.PlaceWithHouseholdAsync(App, child.Id, "BAFR", "Christian", "BCRB", "No religion");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.GetAsync($"/children/{child.Id}/identity");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("BAFR", page.QuerySelector("#child-ethnicity")!.TextContent);
        Assert.Contains("BCRB", page.QuerySelector("#household-ethnicity")!.TextContent);
        Assert.Equal("Christian", page.QuerySelector("#child-religion")!.TextContent.Trim());
        Assert.Contains("Same ethnic background or religion", page.QuerySelector("#household-match")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href$='/identity/life-story']"));
    }

    [SkippableFact]
    public async Task Get_Identity_AsIro_ReadsWithoutChangeLinks()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.GetAsync($"/children/{child.Id}/identity");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("a[href$='/identity/life-story']"));
        Assert.Null(page.QuerySelector("a[href$='/identity/details']"));
    }

    [SkippableFact]
    public async Task Post_LifeStory_AsIro_IsForbiddenAndNothingIsSaved()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/life-story", Date("Input.Started", new(2026, 1, 5)), tokenFrom: "/");

        Html.AssertForbidden(response);
        Assert.False(await App.WithDbAsync(db => db.LifeStoryWork.AnyAsync(w => w.ChildId == child.Id)));
    }

    [SkippableFact]
    public async Task Get_Identity_AsCouncillor_IsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        var response = await client.GetAsync($"/children/{child.Id}/identity");

        Html.AssertForbidden(response);
    }

    [SkippableFact]
    public async Task Post_Details_WithAReligion_SavesItAndAudits()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/details",
            [new("Version", child.Version.ToString()), new("Input.Religion", "Sikh"), new("Input.FirstLanguage", "Punjabi")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id));
        Assert.Equal(("Sikh", "Punjabi"), (saved.Religion, saved.FirstLanguage));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ChildId == child.Id && a.Action == "identity.details" && a.Outcome == AuditOutcome.Allowed)));
    }

    [SkippableFact]
    public async Task Post_Details_WithNoReligionChosen_ShowsAnErrorLinkedToTheField()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/details", [new("Version", child.Version.ToString())]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#Input_Religion", "Select the child's religion, or that they prefer not to say")], Html.ErrorSummary(page));
        Assert.NotNull(page.QuerySelector("input#Input_Religion"));
    }

    [SkippableFact]
    public async Task Post_Household_NewHousehold_LinksTheCurrentPlacement()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var name = "Mr and Mrs " + TestData.UniqueFamilyName("Carer");

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/household",
        [
            new("Version", child.Version.ToString()), new("Choice", HouseholdModel.NewHousehold), new("Input.Name", name),
            new("Input.PlaceProvider", "PR1"), new("Input.Ethnicity", "AIND"), new("Input.SecondEthnicity", ""), new("Input.Religion", "Hindu"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var household = await App.WithDbAsync(db => db.CarerHouseholds.AsNoTracking().SingleAsync(h => h.Name == name));
        Assert.Equal(("AIND", "Hindu"), (household.Ethnicity, household.Religion));
        var episodes = await TestData.EpisodesOfAsync(App, child.Id);
        Assert.All(episodes, e => Assert.Equal(household.Id, e.CarerHouseholdId));
    }

    [SkippableFact]
    public async Task Post_Household_NewHouseholdWithoutEthnicity_ShowsTheFieldError()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/household",
        [
            new("Version", child.Version.ToString()), new("Choice", HouseholdModel.NewHousehold), new("Input.Name", "Ms Testcarer"),
            new("Input.PlaceProvider", "PR1"), new("Input.Religion", "Christian"),
        ]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_Ethnicity", "Select the household's ethnicity"), Html.ErrorSummary(page));
    }

    [SkippableFact]
    public async Task Post_LegalStatusChange_KeepsTheCarersHousehold()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var householdId = await TestData.PlaceWithHouseholdAsync(App, child.Id, "BAFR", null, "BAFR", null);
        var version = await TestData.VersionOfAsync(App, child.Id);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/episodes/new?change=legal-status",
            [new("Version", version.ToString()), .. Date("Date", new(2026, 11, 1)), new("Episode.Ls", "C1")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var episodes = await TestData.EpisodesOfAsync(App, child.Id);
        Assert.Equal(2, episodes.Count);
        Assert.All(episodes, e => Assert.Equal(householdId, e.CarerHouseholdId));
    }

    [SkippableFact]
    public async Task Post_LifeStory_Completed_SavesWithTheChildsFeeling()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/life-story",
        [
            .. Date("Input.Started", new(2026, 1, 5)), .. Date("Input.Completed", new(2026, 6, 1)), .. Date("Input.LastReviewed", null),
            new("Input.Feeling", "happy"), new("Input.InTheirWords", "I like my book"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var work = await App.WithDbAsync(db => db.LifeStoryWork.AsNoTracking().SingleAsync(w => w.ChildId == child.Id));
        Assert.Equal((new DateOnly(2026, 6, 1), LifeStoryFeeling.Happy, "I like my book"), (work.Completed, work.Feeling, work.InTheirWords));
        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/identity"));
        Assert.Equal("Completed", page.QuerySelector("#life-story-status")!.TextContent.Trim());
    }

    [SkippableFact]
    public async Task Post_LifeStory_CompletedBeforeItStarted_ShowsTheFieldError()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/life-story",
            [.. Date("Input.Started", new(2026, 5, 1)), .. Date("Input.Completed", new(2026, 4, 1))]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#Input_Completed", "The date the work was completed must be on or after the date it started")], Html.ErrorSummary(page));
    }

    [SkippableFact]
    public async Task Post_LaterLifeLetterAndLifePlan_AreShownOnTheIdentityPage()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var letter = await client.PostFormAsync($"/children/{child.Id}/identity/later-life-letters/new",
            [.. Date("Input.Written", new(2026, 3, 2)), new("Input.WrittenBy", "Sam Patel, social worker"), .. Date("Input.Given", null)]);
        var plan = await client.PostFormAsync($"/children/{child.Id}/identity/life-plan",
            [.. Date("Input.Agreed", new(2026, 2, 1)), .. Date("Input.LastReviewed", new(2026, 8, 1))]);
        var page = await Html.ParseAsync(await client.GetAsync($"/children/{child.Id}/identity"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (letter.StatusCode, plan.StatusCode));
        Assert.Contains("Sam Patel, social worker", page.QuerySelector("#later-life-letters")!.TextContent);
        Assert.Contains("1 August 2026", page.QuerySelector("#life-plan")!.TextContent);
    }

    [SkippableFact]
    public async Task Post_LaterLifeLetter_GivenWithoutWhoTo_ShowsTheFieldError()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync($"/children/{child.Id}/identity/later-life-letters/new",
            [.. Date("Input.Written", new(2026, 3, 2)), new("Input.WrittenBy", "Sam Patel"), .. Date("Input.Given", new(2026, 4, 2))]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([("#Input_GivenTo", "Select who the letter was given to")], Html.ErrorSummary(page));
    }

    [SkippableFact]
    public async Task Get_LifeStories_ListsOwnChildrenInCareAYearWithoutCompletedWork()
    {
        var name = TestData.UniqueFamilyName();
        var waiting = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: name, since: new(2024, 5, 1));
        var done = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: name, since: new(2024, 5, 1));
        var recent = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, familyName: name, since: new(2026, 6, 1));
        await App.WithDbAsync(async db =>
        {
            db.LifeStoryWork.Add(new LifeStoryWork { ChildId = done.Id, Started = new(2024, 9, 1), Completed = new(2026, 1, 1) });
            await db.SaveChangesAsync();
        });
        var own = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var other = await App.SignedInClientAsync(TestUsers.OtherSocialWorker);

        var ownPage = await Html.ParseAsync(await own.GetAsync("/life-stories?pageNumber=1"));
        var ownIds = ownPage.QuerySelectorAll("#life-stories tr[data-child-id]").Select(r => r.GetAttribute("data-child-id")).ToList();
        var otherPage = await other.GetStringAsync("/life-stories");

        Assert.Contains(waiting.Id.ToString(), ownIds);
        Assert.DoesNotContain(done.Id.ToString(), ownIds);
        Assert.DoesNotContain(recent.Id.ToString(), ownIds);
        Assert.DoesNotContain(name, otherPage);
    }

    [SkippableFact]
    public async Task Get_LifeStories_AsCouncillor_IsForbidden()
    {
        var client = await App.SignedInClientAsync(TestUsers.Councillor);

        Html.AssertForbidden(await client.GetAsync("/life-stories"));
    }

    [SkippableFact]
    public async Task Post_CarerHouseholds_ManagerAddsOne_SocialWorkerMayNot()
    {
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        var worker = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var name = "Ms " + TestData.UniqueFamilyName("Carer");
        List<KeyValuePair<string, string>> form =
            [new("Input.Name", name), new("Input.PlaceProvider", "PR4"), new("Input.Agency", "Test Fostering Ltd"), new("Input.Ethnicity", "BCRB"), new("Input.Religion", "Christian")];

        var added = await manager.PostFormAsync("/carer-households/edit", form);
        var listed = await manager.GetStringAsync($"/carer-households?q={Uri.EscapeDataString(name)}");
        var refused = await worker.GetAsync("/carer-households");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(name, listed);
        Html.AssertForbidden(refused);
    }

    [SkippableFact]
    public async Task Api_GetIdentity_ReturnsTheRecord()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        await TestData.PlaceWithHouseholdAsync(App, child.Id, "APKN", "Muslim", "WBRI", "Muslim");
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/children/{child.Id}/identity");

        Assert.Equal("Muslim", json.GetProperty("religion").GetString());
        Assert.Equal("WBRI", json.GetProperty("carersHousehold").GetProperty("ethnicity").GetString());
        Assert.True(json.GetProperty("matchedWithCarers").GetBoolean());
    }

    [SkippableFact]
    public async Task Api_PostLifeStory_SavesAndRejectsBadDatesByField()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var url = $"/api/children/{child.Id}/identity/life-story";

        var bad = await client.PostAsJsonAsync(url, new { started = "2026-05-01", completed = "2026-04-01" });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var good = await client.PostAsJsonAsync(url, new { started = "2026-01-05", completed = "2026-06-01", feeling = "ok" });
        var saved = await good.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("completed", out _));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("OK", saved.GetProperty("feeling").GetString());
    }

    [SkippableFact]
    public async Task Api_PostLifeStory_AsIro_IsForbidden()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, App.Users.IroId);
        var client = await App.SignedInClientAsync(TestUsers.Iro);

        var response = await client.PostAsJsonAsync($"/api/children/{child.Id}/identity/life-story", new { started = "2026-01-05" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task OutcomeMeasures_CountAFosteredChildMatchedByFaith()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, since: new(2024, 1, 1));
        await TestData.PlaceWithHouseholdAsync(App, child.Id, "ABAN", "Muslim", "WBRI", "Muslim");
        await App.WithDbAsync(async db =>
        {
            db.LifeStoryWork.Add(new LifeStoryWork { ChildId = child.Id, Started = new(2024, 6, 1), Completed = new(2025, 2, 1), LastReviewed = new(2026, 2, 1), Feeling = LifeStoryFeeling.NotHappy });
            await db.SaveChangesAsync();
        });

        var results = await App.WithDbAsync(db => new IdentityOutcomeMeasures(CareHistories.On(db)).CalculateAsync(db, MeasurePeriod.YearToMarch(2026), CancellationToken.None));

        Assert.Contains(child.Id, results.Single(m => m.Id == "identity.bame-foster-matched").ChildIds);
        Assert.Contains(child.Id, results.Single(m => m.Id == "identity.life-story-completed").ChildIds);
        Assert.Contains(child.Id, results.Single(m => m.Id == "identity.life-story-feeling.not-happy").ChildIds);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IdentityTests_Sqlite(SqliteApp app) : IdentityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IdentityTests_Postgres(PostgresApp app) : IdentityTests(app);
