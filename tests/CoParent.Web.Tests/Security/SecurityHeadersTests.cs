using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CoParent.Web.Tests.Infrastructure;
using static CoParent.Web.Tests.Security.SecurityHttp;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (c): security headers on every kind of response, and pages that need no inline script or style.</summary>
public abstract partial class SecurityHeadersTests(CoParentApp app) : IntegrationTest(app)
{
    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceSource();

    [SkippableFact]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders()
    {
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        var anonymous = App.CreateBrowserlessClient();
        await using var host = SecurityHost.Create(App);
        var hostClient = host.CreateBrowserlessClient();
        await hostClient.SignInAsync(TestUsers.Manager);
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId);
        var apiRoutes = (await AppRoutes.AllAsync(App)).Where(r => r.IsApi && r.Method == "GET").ToList();
        var apiUrl = apiRoutes.FirstOrDefault()?.Url(child.Id) ?? "/api/children";
        var responses = new List<(string What, HttpResponseMessage Response, bool SignedInPage)>
        {
            ("signed-in page", await manager.GetAsync("/"), true),
            ("sign-in page", await anonymous.GetAsync("/sign-in"), false),
            ("404", await manager.GetAsync("/no-such-page"), true),
            ("403", await SendForcingAsync(hostClient, "/", "403"), true),
            ("500", await SendForcingAsync(hostClient, "/", "500"), true),
            ("400 antiforgery", await anonymous.PostAsync("/sign-in", new FormUrlEncodedContent([new("UserName", "x")])), false),
            ("stylesheet", await anonymous.GetAsync("/lib/govuk/govuk-frontend.min.css"), false),
            ("script", await anonymous.GetAsync("/js/init.js"), false),
            ("API", await manager.GetAsync(apiRoutes.Count > 0 ? apiUrl : "/openapi/v1.json"), true),
            ("API 401", await anonymous.GetAsync(apiUrl), false),
        };

        Assert.Equal(HttpStatusCode.Forbidden, responses.Single(r => r.What == "403").Response.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, responses.Single(r => r.What == "500").Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses.Single(r => r.What == "stylesheet").Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses.Single(r => r.What == "script").Response.StatusCode);
        if (apiRoutes.Count > 0) Assert.Equal(HttpStatusCode.Unauthorized, responses.Single(r => r.What == "API 401").Response.StatusCode);
        foreach (var (what, response, signedInPage) in responses)
        {
            var csp = Header(response, "Content-Security-Policy");
            Assert.True(csp is not null, $"{what}: no Content-Security-Policy");
            var scriptSrc = csp.Split(';').Select(d => d.Trim()).SingleOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.True(scriptSrc is not null && !scriptSrc.Contains("unsafe-inline", StringComparison.Ordinal), $"{what}: script-src allows inline script: {csp}");
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: no X-Content-Type-Options: nosniff");
            Assert.True(Header(response, "Referrer-Policy") is { Length: > 0 }, $"{what}: no Referrer-Policy");
            if (signedInPage) Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: not Cache-Control: no-store");
        }
    }

    [SkippableFact]
    public async Task EveryPage_HasNoInlineScriptWithoutTheNonce_NoStyleAttribute_NoEventHandlerAttribute()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        var anonymous = App.CreateBrowserlessClient();
        var pages = (await AppRoutes.AllAsync(App)).Where(r => r.IsPage && r.Method == "GET").ToList();
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var client = AccessMatrix.PublicRoutes.Contains(page.Key) ? anonymous : manager;
            using var response = await client.GetAsync(page.Url(child.Id));
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            failures.AddRange(await InlineCodeProblemsAsync(page.ToString(), response));
        }
        using var notFound = await manager.GetAsync("/no-such-page");
        failures.AddRange(await InlineCodeProblemsAsync("404 page", notFound));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<IEnumerable<string>> InlineCodeProblemsAsync(string what, HttpResponseMessage response)
    {
        var problems = new List<string>();
        var nonce = NonceSource().Match(Header(response, "Content-Security-Policy") ?? "").Groups[1].Value;
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        foreach (var script in document.Scripts.Where(s => string.IsNullOrEmpty(s.Source)))
        {
            if (nonce.Length == 0 || script.GetAttribute("nonce") != nonce) problems.Add($"{what}: inline <script> without this response's nonce");
        }
        foreach (var element in document.All)
        {
            if (element.HasAttribute("style")) problems.Add($"{what}: <{element.LocalName}> has a style attribute");
            var handlers = element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name).ToList();
            if (handlers.Count > 0) problems.Add($"{what}: <{element.LocalName}> has inline event handlers {string.Join(", ", handlers)}");
        }
        return problems;
    }

    private static async Task<HttpResponseMessage> SendForcingAsync(HttpClient client, string url, string status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(SecurityHost.ForceStatusHeader, status);
        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values) : null;
}

[Collection(SqliteCollection.Name)]
public sealed class SecurityHeadersTests_Sqlite(SqliteApp app) : SecurityHeadersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SecurityHeadersTests_Postgres(PostgresApp app) : SecurityHeadersTests(app);
