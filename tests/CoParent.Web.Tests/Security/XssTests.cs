using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CoParent.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Security;

/// <summary>Issue 3 §3 (g): whatever is typed or stored, pages show it as text and never run it.</summary>
public abstract class XssTests(CoParentApp app) : IntegrationTest(app)
{
    private const string ScriptPayload = "<script>alert('x')</script>";
    private const string AttributePayload = "\"><img src=x onerror=alert(1)>";

    [SkippableFact]
    public async Task ChildWithMarkupInItsFields_ShowsItAsTextOnEveryPage()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId,
            givenName: ScriptPayload, familyName: AttributePayload);
        var preferred = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, givenName: AttributePayload, familyName: ScriptPayload);
        await App.WithDbAsync(async db =>
        {
            var stored = await db.Children.Include(c => c.Episodes).SingleAsync(c => c.Id == child.Id);
            stored.Religion = ScriptPayload;
            stored.FirstLanguage = AttributePayload;
            stored.DisabilityDetail = ScriptPayload + AttributePayload;
            stored.Episodes.Single().CarerName = AttributePayload;
            (await db.Children.SingleAsync(c => c.Id == preferred.Id)).PreferredName = ScriptPayload;
            await db.SaveChangesAsync();
        });
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        var routes = (await AppRoutes.AllAsync(App)).Where(r => r.Method == "GET" && !AccessMatrix.PublicRoutes.Contains(r.Key)).ToList();
        var urls = routes.SelectMany(r => r.IsChildScoped ? new[] { r.Url(child.Id), r.Url(preferred.Id) } : [r.Url()])
            .Concat(new[] { ScriptPayload, AttributePayload }.Select(p => $"/children?q={Uri.EscapeDataString(p)}"))
            .ToList();
        var failures = new List<string>();

        foreach (var url in urls)
        {
            using var response = await manager.GetAsync(url);
            failures.AddRange(Unencoded(url, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task EveryForm_WithMarkupTypedIntoItsTextFields_ShowsItAsText()
    {
        var child = await TestData.CreateChildInCareAsync(App, socialWorkerId: App.Users.SocialWorkerId, iroId: App.Users.IroId);
        var manager = await App.SignedInClientAsync(TestUsers.Manager);
        var pages = (await AppRoutes.AllAsync(App)).Where(r => r.IsPage && r.Method == "GET" && r.Key != "GET /sign-out").ToList();
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var client = page.Key == "GET /sign-in" ? App.CreateBrowserlessClient() : manager;
            var url = page.Url(child.Id);
            foreach (var payload in new[] { ScriptPayload, AttributePayload })
            {
                using var form = await client.GetAsync(url);
                var document = await new HtmlParser().ParseDocumentAsync(await form.Content.ReadAsStringAsync());
                if (document.QuerySelector("main form[method=post]") is not IHtmlFormElement postForm) continue;
                var fields = postForm.Elements.OfType<IHtmlElement>()
                    .Where(e => e is IHtmlTextAreaElement || e is IHtmlInputElement { Type: "text" or "search" or "email" or "tel" or "password" })
                    .Select(e => e.GetAttribute("name")).OfType<string>()
                    .Select(name => new KeyValuePair<string, string>(name, payload)).ToList();
                if (fields.Count == 0) continue;
                var action = postForm.GetAttribute("action") is { Length: > 0 } a ? a : url;

                using var response = await client.PostFormAsync(action, fields, tokenFrom: url);
                var html = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next)
                {
                    html = await client.GetStringAsync(next);
                }
                failures.AddRange(Unencoded($"{page} after posting {payload}", "text/html", html));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<string> Unencoded(string what, string? mediaType, string body)
    {
        if (body.Contains("<script>alert", StringComparison.OrdinalIgnoreCase)) yield return $"{what} ({mediaType}): raw <script>alert";
        if (body.Contains("<img src=x", StringComparison.OrdinalIgnoreCase)) yield return $"{what} ({mediaType}): raw <img src=x";
    }
}

[Collection(SqliteCollection.Name)]
public sealed class XssTests_Sqlite(SqliteApp app) : XssTests(app);

[Collection(PostgresCollection.Name)]
public sealed class XssTests_Postgres(PostgresApp app) : XssTests(app);
