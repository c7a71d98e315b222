using System.Net;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static CoParent.Web.Tests.Security.SecurityHttp;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (d): the session cookie is locked down, renewed at sign-in, dies at sign-out and after 30 idle minutes.</summary>
public abstract class SessionCookieTests(CoParentApp app) : IntegrationTest(app)
{
    private const string Cookie = "coparent";

    [SkippableFact]
    public async Task Post_SignIn_SetsCookieThatIsHttpOnlySecureAndSameSite()
    {
        var client = App.CreateBrowserlessClient();

        using var response = await client.SignInAsync(TestUsers.Manager);

        var header = SetCookieHeader(response, Cookie);
        Assert.NotNull(header);
        var attributes = header.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.True(attributes.Contains("samesite=lax") || attributes.Contains("samesite=strict"), header);
    }

    [SkippableFact]
    public async Task Post_SignIn_Again_IssuesANewCookieValue()
    {
        var client = App.CreateBrowserlessClient();

        using var first = await client.SignInAsync(TestUsers.Manager);
        using var second = await client.SignInAsync(TestUsers.Manager);

        var before = SetCookieValue(first, Cookie);
        var after = SetCookieValue(second, Cookie);
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.NotEqual(before, after);
    }

    [SkippableFact]
    public async Task Post_SignIn_WithAPlantedCookie_DoesNotKeepIt()
    {
        // Session fixation: a cookie someone else put in this browser is replaced, never adopted.
        var attacker = App.CreateBrowserlessClient();
        using var attackerSignIn = await attacker.SignInAsync(TestUsers.Councillor);
        var planted = SetCookieValue(attackerSignIn, Cookie)!;
        var victim = App.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var token = await SignInPageTokenAsync(victim, $"{Cookie}={planted}");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent([new("UserName", TestUsers.Manager), new("Password", TestUsers.Password), new("__RequestVerificationToken", token.Token)]),
        };
        request.Headers.Add("Cookie", $"{token.Cookie}; {Cookie}={planted}");
        using var response = await victim.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var issued = SetCookieValue(response, Cookie);
        Assert.NotNull(issued);
        Assert.NotEqual(planted, issued);
    }

    [SkippableFact]
    public async Task OldCookie_AfterSignOut_IsRejected()
    {
        // Identity re-checks the security stamp only once time has passed since the cookie was issued
        // (elapsed > ValidationInterval of zero), so this host's clock moves a second, as real time would.
        var clock = SecurityHost.NewClock();
        await using var host = SecurityHost.Create(App, clock);
        var client = host.CreateBrowserlessClient();
        using var signIn = await client.SignInAsync(TestUsers.TeamManager);
        var old = SetCookieValue(signIn, Cookie)!;
        clock.Advance(TimeSpan.FromSeconds(1));
        using var beforeSignOut = await Replay(host, old, "/");

        using var signOut = await client.PostFormAsync("/sign-out", [], tokenFrom: "/");
        clock.Advance(TimeSpan.FromSeconds(1));
        using var replayed = await Replay(host, old, "/");

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/sign-in", Location(replayed));
    }

    [SkippableFact]
    public async Task Cookie_After31IdleMinutes_IsRejected()
    {
        var clock = SecurityHost.NewClock();
        await using var host = SecurityHost.Create(App, clock);
        var client = host.CreateBrowserlessClient();
        await client.SignInAsync(TestUsers.Iro);

        clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", Location(response));
    }

    [SkippableFact]
    public async Task Cookie_UsedEvery29Minutes_StaysSignedIn()
    {
        var clock = SecurityHost.NewClock();
        await using var host = SecurityHost.Create(App, clock);
        var client = host.CreateBrowserlessClient();
        await client.SignInAsync(TestUsers.Iro);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(29));
            using var response = await client.GetAsync("/");
            statuses.Add(response.StatusCode);
        }

        // 87 minutes after signing in, still signed in: the expiry slides with use.
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    /// <summary>Sends a copied cookie from a fresh browser.</summary>
    private static async Task<HttpResponseMessage> Replay(WebApplicationFactory<Program> host, string cookieValue, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"{Cookie}={cookieValue}");
        return await host.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
        }).SendAsync(request);
    }

    /// <summary>The antiforgery cookie and form token a browser holding these cookies gets from the sign-in page.</summary>
    private static async Task<(string Cookie, string Token)> SignInPageTokenAsync(HttpClient client, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Add("Cookie", cookies);
        using var page = await client.SendAsync(request);
        var cookie = SetCookieHeader(page, "coparent-af")!.Split(';')[0];
        var html = await page.Content.ReadAsStringAsync();
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return (cookie, WebUtility.HtmlDecode(match.Groups[1].Value));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SessionCookieTests_Sqlite(SqliteApp app) : SessionCookieTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SessionCookieTests_Postgres(PostgresApp app) : SessionCookieTests(app);
