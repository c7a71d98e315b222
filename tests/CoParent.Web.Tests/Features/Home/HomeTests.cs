using System.Net;
using AngleSharp.Html.Parser;
using CoParent.Core.Access;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Features.Home;

public abstract class HomeTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableTheory]
    [InlineData(Roles.SocialWorker, "/missing")]
    [InlineData(Roles.TeamManager, "/family-time")]
    [InlineData(Roles.Iro, "/reviews")]
    [InlineData(Roles.Manager, "/care-leavers")]
    [InlineData(Roles.PersonalAdviser, "/care-leavers")]
    public async Task Get_Home_ListsTheWorkersOwnListsAndEachOpens(string role, string expected)
    {
        var client = await App.SignedInClientAsync(TestUsers.ByRole[role]);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var links = document.QuerySelectorAll("#your-work a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains(expected, links);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        }
    }

    [SkippableTheory]
    [InlineData(Roles.Councillor)]
    [InlineData(Roles.Administrator)]
    public async Task Get_Home_ForRolesWithoutChildren_ListsNoWork(string role)
    {
        var client = await App.SignedInClientAsync(TestUsers.ByRole[role]);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        Assert.Null(document.GetElementById("your-work"));
        Assert.Contains("/outcomes", document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HomeTests_Sqlite(SqliteApp app) : HomeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HomeTests_Postgres(PostgresApp app) : HomeTests(app);
