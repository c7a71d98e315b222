using System.Net;
using CoParent.Core.Allocations;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Children;

public abstract class AddChildTests(CoParentApp app) : IntegrationTest(app)
{
    public static List<KeyValuePair<string, string>> ValidForm(string personId, string familyName, bool withEpisode = true) =>
    [
        new("Input.PersonId", personId), new("Input.GivenName", "Ada"), new("Input.FamilyName", familyName),
        new("Input.PreferredName", ""), new("Input.DateOfBirth.Day", "3"), new("Input.DateOfBirth.Month", "4"),
        new("Input.DateOfBirth.Year", "2015"), new("Input.Sex", "F"), new("Input.Ethnicity", "WBRI"), new("Input.Upn", "A123456789012"),
        new("Input.HomePostcode", "CM1 1AA"), new("StartEpisode", withEpisode ? "true" : "false"),
        new("StartDate.Day", "1"), new("StartDate.Month", "9"), new("StartDate.Year", "2026"),
        new("Episode.Ls", "C2"), new("Episode.Cin", "N1"), new("Episode.Place", "U4"), new("Episode.PlaceProvider", "PR1"),
        new("Episode.CarerName", "Test foster carers"), new("Episode.PlPost", "CM2 0AA"), new("Episode.Urn", "SC123456"),
    ];

    public static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, params (string Key, string Value)[] changes)
    {
        foreach (var (key, value) in changes)
        {
            form.RemoveAll(p => p.Key == key);
            form.Add(new(key, value));
        }
        return form;
    }

    [SkippableFact]
    public async Task Post_AddChild_WithNothingEntered_ShowsEachFieldsMessageAndWritesNothing()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var before = await App.WithDbAsync(db => db.Children.CountAsync());

        var response = await client.PostFormAsync("/children/new", [new("StartEpisode", "true")]);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_PersonId", "Enter the child's person ID"), errors);
        Assert.Contains(("#Input_GivenName", "Enter the child's first name"), errors);
        Assert.Contains(("#Input_FamilyName", "Enter the child's last name"), errors);
        Assert.Contains(("#Input_DateOfBirth", "Enter the child's date of birth"), errors);
        Assert.Contains(("#Input_Sex", "Select the child's sex"), errors);
        Assert.Contains(("#Input_Ethnicity", "Select the child's ethnicity"), errors);
        Assert.Contains(("#StartDate", "Enter the date the child started to be looked after"), errors);
        Assert.Contains(("#Episode_Ls", "Select the legal status"), errors);
        Assert.Contains(("#Episode_Cin", "Select the category of need"), errors);
        Assert.Contains(("#Episode_Place", "Select the placement type"), errors);
        Assert.Equal(before, await App.WithDbAsync(db => db.Children.CountAsync()));
    }

    [SkippableFact]
    public async Task Post_AddChild_WithWrongValues_ShowsWhatIsWrongAndWritesNothing()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var personId = TestData.NewPersonId();
        var form = With(ValidForm(personId, TestData.UniqueFamilyName()),
            ("Input.DateOfBirth.Day", "31"), ("Input.DateOfBirth.Month", "2"), ("Input.Upn", "I123"), ("Input.HomePostcode", "NOT A POSTCODE"),
            ("Episode.PlaceProvider", ""), ("Episode.Urn", ""), ("StartDate.Year", ""));

        var response = await client.PostFormAsync("/children/new", form);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response)).Select(e => e.Message).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The child's date of birth must be a real date", errors);
        Assert.Contains("Enter a unique pupil number in the correct format, like A123456789012, or UN1 to UN5 if it is not known", errors);
        Assert.Contains("Enter a full postcode, like CM1 1AA", errors);
        Assert.Contains("Select the placement provider", errors);
        Assert.Contains("Enter the Ofsted URN of the placement, or XXXXXXX if it is not known", errors);
        Assert.Contains("The date the child started to be looked after must include a year", errors);
        Assert.False(await App.WithDbAsync(db => db.Children.AnyAsync(c => c.PersonId == personId)));
    }

    [SkippableFact]
    public async Task Post_AddChild_StartBeforeBirth_IsRefused()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var personId = TestData.NewPersonId();
        var form = With(ValidForm(personId, TestData.UniqueFamilyName()), ("StartDate.Year", "2014"));

        var response = await client.PostFormAsync("/children/new", form);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#StartDate", "The date the episode started must be on or after the child's date of birth"), errors);
        Assert.False(await App.WithDbAsync(db => db.Children.AnyAsync(c => c.PersonId == personId)));
    }

    [SkippableFact]
    public async Task Post_AddChild_AsSocialWorker_AllocatesThemAndShowsPlacementAndDistance()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var personId = TestData.NewPersonId();
        var family = TestData.UniqueFamilyName();

        var response = await client.PostFormAsync("/children/new", ValidForm(personId, family));
        var summary = await client.GetAsync(response.Headers.Location);
        var page = await Html.ParseAsync(summary);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal($"Ada {family}", page.QuerySelector("#child-name")!.TextContent.Trim());
        // CM1 1AA to CM2 0AA: 1,166 m on the grid = 0.7 miles, both in Essex.
        Assert.Equal("0.7 miles", page.QuerySelector("#placement-distance")!.TextContent.Trim());
        Assert.Equal("Inside the council's area", page.QuerySelector("#placement-location")!.TextContent.Trim());
        Assert.Contains("Test foster carers", page.QuerySelector("#placement-now")!.TextContent);
        var allocation = await App.WithDbAsync(db => db.Allocations.SingleAsync(a => a.Child!.PersonId == personId));
        Assert.Equal(App.Users.SocialWorkerId, allocation.UserId);
        Assert.Equal(AllocationRole.SocialWorker, allocation.Role);
        Assert.Equal(DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime), allocation.From);
        Assert.NotNull(allocation.TeamId);
    }

    [SkippableFact]
    public async Task Post_AddChild_WithoutFirstEpisode_AddsChildNotInCare()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var personId = TestData.NewPersonId();

        var response = await client.PostFormAsync("/children/new",
            With(ValidForm(personId, TestData.UniqueFamilyName(), withEpisode: false), ("Episode.Place", ""), ("StartDate.Day", "")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.CareEpisodes.CountAsync(e => e.Child!.PersonId == personId)));
    }

    [SkippableFact]
    public async Task Post_AddChild_DuplicatePersonId_IsRefused()
    {
        var existing = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);

        var response = await client.PostFormAsync("/children/new", ValidForm(existing.PersonId, TestData.UniqueFamilyName()));
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_PersonId", "Another child already has this person ID"), errors);
    }

    [SkippableFact]
    public async Task Post_AddChild_AsTeamManager_AllocatesTheChosenSocialWorker()
    {
        var client = await App.SignedInClientAsync(TestUsers.TeamManager);
        var personId = TestData.NewPersonId();

        var withoutWorker = await client.PostFormAsync("/children/new", ValidForm(personId, TestData.UniqueFamilyName()));
        var withWorker = await client.PostFormAsync("/children/new",
            With(ValidForm(personId, TestData.UniqueFamilyName()), ("SocialWorkerId", App.Users.SocialWorkerId)));

        Assert.Equal(HttpStatusCode.BadRequest, withoutWorker.StatusCode);
        Assert.Contains(("#SocialWorkerId", "Select the child's social worker"), Html.ErrorSummary(await Html.ParseAsync(withoutWorker)));
        Assert.Equal(HttpStatusCode.Redirect, withWorker.StatusCode);
        Assert.Equal(App.Users.SocialWorkerId, await App.WithDbAsync(db => db.Allocations.Where(a => a.Child!.PersonId == personId).Select(a => a.UserId).SingleAsync()));
    }

    [SkippableTheory]
    [InlineData(TestUsers.Iro)]
    [InlineData(TestUsers.Councillor)]
    [InlineData(TestUsers.Administrator)]
    public async Task Get_AddChild_RoleThatCannotEdit_IsForbidden(string userName)
    {
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync("/children/new");

        Html.AssertForbidden(response);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AddChildTests_Sqlite(SqliteApp app) : AddChildTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AddChildTests_Postgres(PostgresApp app) : AddChildTests(app);
