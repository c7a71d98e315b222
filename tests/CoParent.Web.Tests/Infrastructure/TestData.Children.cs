using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CoParent.Core.CareEpisodes;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Infrastructure;

public static partial class TestData
{
    /// <summary>A family name no other test uses (letters only, so name searches find exactly these children).</summary>
    public static string UniqueFamilyName(string stem = "Testchild") =>
        stem + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (c % 26))).ToArray());

    public static Task<List<CareEpisode>> EpisodesOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.CareEpisodes.AsNoTracking().Where(e => e.ChildId == childId).OrderBy(e => e.Decom).ToListAsync());

    public static Task<Guid> VersionOfAsync(CoParentApp app, int childId) =>
        app.WithDbAsync(db => db.Children.Where(c => c.Id == childId).Select(c => c.Version).SingleAsync());
}

public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>A page that a role may not use: 403 from the record filter, or the redirect to the 403 page from a policy.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        var redirectedToForbidden = response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.ToString().Contains("/error/403", StringComparison.Ordinal) == true;
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || redirectedToForbidden,
            $"Expected forbidden but got {(int)response.StatusCode} {response.Headers.Location}");
    }

    /// <summary>The error summary's messages, each with the id of the field it links to.</summary>
    public static IReadOnlyList<(string Href, string Message)> ErrorSummary(IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li =>
            (li.QuerySelector("a")?.GetAttribute("href") ?? "", li.TextContent.Trim())).ToList();
}
