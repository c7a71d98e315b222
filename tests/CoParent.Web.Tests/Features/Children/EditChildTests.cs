using System.Net;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Children;

public abstract class EditChildTests(CoParentApp app) : IntegrationTest(app)
{
    private static List<KeyValuePair<string, string>> Form(string personId, string givenName, Guid version) =>
    [
        new("Version", version.ToString()), new("Input.PersonId", personId), new("Input.GivenName", givenName),
        new("Input.FamilyName", "Testchild"), new("Input.DateOfBirth.Day", "3"), new("Input.DateOfBirth.Month", "4"),
        new("Input.DateOfBirth.Year", "2014"), new("Input.Sex", "F"), new("Input.Ethnicity", "WBRI"), new("Input.HomePostcode", "CM1 1AA"),
    ];

    [SkippableFact]
    public async Task Post_EditChild_SavesAndChangesVersion()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var url = $"/children/{child.Id}/edit";

        var response = await client.PostFormAsync(url, Form(child.PersonId, "Renamed", child.Version));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await App.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id));
        Assert.Equal("Renamed", saved.GivenName);
        Assert.NotEqual(child.Version, saved.Version);
    }

    [SkippableFact]
    public async Task Post_EditChild_TwoEditsFromTheSameVersion_SecondIsToldAndFirstIsKept()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var first = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var second = await App.SignedInClientAsync(TestUsers.TeamManager);
        var url = $"/children/{child.Id}/edit";

        var firstResponse = await first.PostFormAsync(url, Form(child.PersonId, "Firstsave", child.Version));
        var secondResponse = await second.PostFormAsync(url, Form(child.PersonId, "Secondsave", child.Version));
        var html = await secondResponse.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondResponse.StatusCode);
        Assert.Contains("Someone else changed this record while you were editing it", html);
        Assert.Contains("value=\"Firstsave\"", html);
        Assert.Equal("Firstsave", await App.WithDbAsync(db => db.Children.Where(c => c.Id == child.Id).Select(c => c.GivenName).SingleAsync()));
    }

    [SkippableFact]
    public async Task Post_EditChild_WithErrors_Returns400AndWritesNothing()
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId);
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var form = Form(child.PersonId, "", child.Version);

        var response = await client.PostFormAsync($"/children/{child.Id}/edit", form);
        var errors = Html.ErrorSummary(await Html.ParseAsync(response));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("#Input_GivenName", "Enter the child's first name"), errors);
        Assert.Equal(child.Version, await TestData.VersionOfAsync(App, child.Id));
    }

    [SkippableTheory]
    [InlineData(TestUsers.Iro)]
    [InlineData(TestUsers.OtherSocialWorker)]
    public async Task Get_EditChild_UserWhoCannotEditThisChild_IsForbidden(string userName)
    {
        var child = await TestData.CreateChildInCareAsync(App, App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var client = await App.SignedInClientAsync(userName);

        var response = await client.GetAsync($"/children/{child.Id}/edit");

        Html.AssertForbidden(response);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EditChildTests_Sqlite(SqliteApp app) : EditChildTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EditChildTests_Postgres(PostgresApp app) : EditChildTests(app);
