using System.Net;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Children;

public abstract class ScriptInjectionTests(CoParentApp app) : IntegrationTest(app)
{
    private const string Payload = "<script>alert(1)</script>";
    private const string Encoded = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static readonly string[] TextFields =
        ["Input.PersonId", "Input.GivenName", "Input.FamilyName", "Input.PreferredName", "Input.Upn", "Input.HomePostcode",
         "Episode.CarerName", "Episode.PlPost", "Episode.Urn"];

    [SkippableFact]
    public async Task Post_AddChild_ScriptInEveryTextField_IsShownBackAsText()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var form = AddChildTests.With(AddChildTests.ValidForm("x", "y"), TextFields.Select(f => (f, Payload)).ToArray());

        var response = await client.PostFormAsync("/children/new", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Payload, html);
        Assert.Contains(Encoded, html);
    }

    [SkippableFact]
    public async Task Post_AddAndEditChild_ScriptInNames_RendersAsTextOnSummaryRegisterAndTimeline()
    {
        var client = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var personId = TestData.NewPersonId();
        var form = AddChildTests.With(AddChildTests.ValidForm(personId, Payload),
            ("Input.GivenName", Payload), ("Input.PreferredName", Payload), ("Episode.CarerName", Payload));

        var added = await client.PostFormAsync("/children/new", form);
        var childId = await App.WithDbAsync(db => db.Children.Where(c => c.PersonId == personId).Select(c => c.Id).SingleAsync());
        var version = await TestData.VersionOfAsync(App, childId);
        var edited = await client.PostFormAsync($"/children/{childId}/edit", AddChildTests.With(AddChildTests.ValidForm(personId, Payload),
            ("Version", version.ToString()), ("Input.GivenName", Payload), ("Input.PreferredName", Payload)));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        foreach (var url in new[] { $"/children/{childId}", $"/children?q={personId}", $"/children/{childId}/timeline", $"/children/{childId}/edit" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain(Payload, html);
            Assert.Contains(Encoded, html);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScriptInjectionTests_Sqlite(SqliteApp app) : ScriptInjectionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ScriptInjectionTests_Postgres(PostgresApp app) : ScriptInjectionTests(app);
