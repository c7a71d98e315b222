using System.Security.Claims;
using CoParent.Web.Features.Access;

namespace CoParent.Web.Features.Shared;

/// <summary>
/// The sections of a child's record, one page each, shown as a row of links at the top of every page about the
/// child (partial <c>_RecordSections</c>). A worker moves between them without going back to the summary.
/// </summary>
public sealed record RecordSections(int ChildId, string ChildName, string Current)
{
    public sealed record Section(string Key, string Title, string Path);

    public static readonly IReadOnlyList<Section> All =
    [
        new("summary", "Summary", ""),
        new("timeline", "Care history", "/timeline"),
        new("health", "Health", "/health"),
        new("safety", "Safety", "/safety"),
        new("identity", "Identity and life story", "/identity"),
        new("family", "Family and plans", "/family"),
        new("reviews", "Reviews", "/reviews"),
        new("voice", "Voice", "/voice"),
        new("leaving-care", "Leaving care", "/leaving-care"),
        new("education", "Education", "/education"),
    ];

    /// <summary>The sections the reader may open: a designated teacher sees the education part of the record only.</summary>
    public static IEnumerable<Section> For(ClaimsPrincipal user) =>
        ChildAccessPolicy.RecordRoles.Any(user.IsInRole) ? All : All.Where(s => s.Key == "education");

    public string Href(Section section) => $"/children/{ChildId}{section.Path}";
}
