using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CoParent.Core.Access;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CoParent.Web.Tests.Security.SecurityHttp;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (b): every form POST needs this session's antiforgery token; without it nothing happens.</summary>
public abstract class AntiforgeryTests(CoParentApp app) : IntegrationTest(app)
{
    [SkippableFact]
    public async Task EveryPost_WithoutAToken_Answers400AndChangesNothing()
    {
        var failures = await PostEverywhereAsync(tokenFrom: null);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task EveryPost_WithAnotherSessionsToken_Answers400AndChangesNothing()
    {
        var other = await App.SignedInClientAsync(TestUsers.SocialWorker);
        var otherAnonymous = App.CreateBrowserlessClient();

        var failures = await PostEverywhereAsync(tokenFrom: signedIn => signedIn
            ? other.AntiforgeryTokenAsync("/", fromLayout: true)
            : otherAnonymous.AntiforgeryTokenAsync("/sign-in"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task Post_SignIn_WithRightPasswordButNoToken_DoesNotSignIn()
    {
        var client = App.CreateBrowserlessClient();
        await client.GetAsync("/sign-in");

        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent([new("UserName", TestUsers.Manager), new("Password", TestUsers.Password)]));
        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(SetCookieValue(response, "coparent") is null or "", "a session cookie was issued");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [SkippableFact]
    public async Task Post_SignOut_WithoutToken_LeavesTheUserSignedIn()
    {
        var client = await App.SignedInClientAsync(TestUsers.Manager);

        using var response = await client.PostAsync("/sign-out", new FormUrlEncodedContent([]));
        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    /// <summary>
    /// Posts each POST route's own form (its fields as the page renders them, a correct password where it asks
    /// for one) as a signed-in manager, or signed out for the public routes, with the token left out or taken
    /// from <paramref name="tokenFrom"/>; returns what went wrong.
    /// </summary>
    private async Task<List<string>> PostEverywhereAsync(Func<bool, Task<string>>? tokenFrom)
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var routes = (await AppRoutes.AllAsync(App))
            .Where(r => r.Method != "GET" && !AccessMatrix.AntiforgeryExempt.ContainsKey(r.Key)).ToList();
        Assert.Contains(routes, r => r.Key == "POST /sign-in");
        Assert.Contains(routes, r => r.Key == "POST /sign-out");
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var signedIn = route.Key != "POST /sign-in";
            // As a manager, or for a route a manager may not use (the Virtual School's own settings), as a role that may:
            // the role check comes before the token check, so a refused role would prove nothing about the token.
            var userName = AccessMatrix.RoleRoutes.TryGetValue(route.Key, out var roles) && !roles.Contains(Roles.Manager)
                ? TestUsers.ByRole[roles[0]] : TestUsers.Manager;
            var client = signedIn ? await App.SignedInClientAsync(userName) : App.CreateBrowserlessClient();
            var url = route.Url(child.Id);
            var fields = await FormFieldsAsync(client, route, url);
            if (tokenFrom is not null) fields.Add(new("__RequestVerificationToken", await tokenFrom(signedIn)));
            var before = await RowCountsAsync();

            using var request = new HttpRequestMessage(new HttpMethod(route.Method), url) { Content = new FormUrlEncodedContent(fields) };
            using var response = await client.SendAsync(request);

            if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"{route}: expected 400, got {Describe(response)}");
            var after = await RowCountsAsync();
            if (after != before) failures.Add($"{route}: rows changed from {before} to {after}");
            if (SetCookieValue(response, "coparent") is { Length: > 0 }) failures.Add($"{route}: a new session cookie was issued");
            if (signedIn && (await client.GetAsync("/")).StatusCode != HttpStatusCode.OK) failures.Add($"{route}: the session ended");
        }
        return failures;
    }

    /// <summary>The fields of the page's POST form (the page this route posts back to), without any token.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormFieldsAsync(HttpClient client, AppRoute route, string url)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (route.IsPage)
        {
            using var page = await client.GetAsync(url.Split('?')[0]);
            var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
            var form = document.QuerySelector("main form[method=post]") as IHtmlFormElement;
            foreach (var element in form?.Elements.OfType<IHtmlElement>() ?? [])
            {
                var name = element.GetAttribute("name");
                if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken") continue;
                var value = element switch
                {
                    IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => null,
                    IHtmlInputElement input => input.Value,
                    IHtmlTextAreaElement area => area.Value,
                    IHtmlSelectElement select => select.Value,
                    _ => null,
                };
                if (value is not null) fields.Add(new(name, value));
            }
        }
        // Where the form asks for a password, give the right one: refusing a wrong one proves nothing.
        if (fields.Any(f => f.Key == "Password"))
        {
            fields.RemoveAll(f => f.Key is "UserName" or "Password");
            fields.Add(new("UserName", TestUsers.Manager));
            fields.Add(new("Password", TestUsers.Password));
        }
        return fields;
    }

    private Task<string> RowCountsAsync() => App.WithDbAsync(async db =>
        $"children {await db.Children.CountAsync()}, episodes {await db.CareEpisodes.CountAsync()}, " +
        $"allocations {await db.Allocations.CountAsync()}, users {await db.Users.CountAsync()}");
}

[Collection(SqliteCollection.Name)]
public sealed class AntiforgeryTests_Sqlite(SqliteApp app) : AntiforgeryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AntiforgeryTests_Postgres(PostgresApp app) : AntiforgeryTests(app);
