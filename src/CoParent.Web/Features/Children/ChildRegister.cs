using System.Linq.Expressions;
using System.Security.Claims;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

/// <summary>
/// The register: children in care on a date that the user may see, searched, filtered and paged in the
/// database (the council has tens of thousands of records), counted once.
/// </summary>
public static class ChildRegister
{
    public const int PageSize = 25;

    public sealed record Query(DateOnly AsAt, string? Search = null, string? AgeBand = null, string? PlacementGroup = null,
        string? LegalStatus = null, int? TeamId = null, int Page = 1, bool AllPages = false);

    public sealed record Row(int Id, string PersonId, string Name, DateOnly DateOfBirth, int Age, string LegalStatus,
        string LegalStatusMeaning, string Placement, string PlacementGroup, DateOnly PlacedSince, string? Team);

    public sealed record Result(Query Query, IReadOnlyList<Row> Rows, int Total, int Page, int Pages);

    public static async Task<Result> RunAsync(CoParentDbContext db, ChildAccessPolicy access, ClaimsPrincipal user, Query query, CancellationToken ct)
    {
        var asAt = query.AsAt;
        var children = access.VisibleChildren(user);
        var childFiltered = !ChildAccessPolicy.SeesEveryChild(user);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            children = children.Where(Matches(query.Search));
            childFiltered = true;
        }

        if (query.AgeBand is not null && AgeRange(query.AgeBand) is { } range)
        {
            var (min, max) = range;
            // Age on the date is at least min: born on or before asAt - min years; at most max: born after asAt - (max + 1) years.
            var bornOnOrBefore = asAt.AddYears(-min);
            children = children.Where(c => c.DateOfBirth <= bornOnOrBefore);
            if (max is { } m)
            {
                var bornAfter = asAt.AddYears(-(m + 1));
                children = children.Where(c => c.DateOfBirth > bornAfter);
            }
            childFiltered = true;
        }

        if (query.TeamId is { } team)
        {
            children = children.Where(c => c.Allocations.Any(a => a.Role == AllocationRole.SocialWorker && a.TeamId == team
                && a.From <= asAt && (a.To == null || a.To >= asAt)));
            childFiltered = true;
        }

        // In care on the date: an episode open then, not an agreed series of short breaks (V3, V4).
        var episodes = db.CareEpisodes.Where(e => e.Decom <= asAt && (e.Dec == null || e.Dec > asAt) && e.Ls != "V3" && e.Ls != "V4");
        if (!string.IsNullOrWhiteSpace(query.LegalStatus))
        {
            var ls = query.LegalStatus;
            episodes = episodes.Where(e => e.Ls == ls);
        }
        if (!string.IsNullOrWhiteSpace(query.PlacementGroup))
        {
            var places = CodeSets.PlacementType.Codes.Select(c => c.Code)
                .Where(code => CodeSets.PlacementGroup(code) == query.PlacementGroup).ToList();
            episodes = episodes.Where(e => places.Contains(e.Place));
        }

        var rows = children.Join(episodes, c => c.Id, e => e.ChildId, (c, e) => new { Child = c, Episode = e });

        // Every episode belongs to a child, so with no filter on the child the episodes alone give the count,
        // from their index, without joining tens of thousands of children.
        var total = childFiltered ? await rows.CountAsync(ct) : await episodes.CountAsync(ct);
        // A download is every page at once: the same rows in the same order.
        var size = query.AllPages ? Math.Max(1, total) : PageSize;
        var pages = Pagination.PagesFor(total, size);
        var page = Math.Clamp(query.Page, 1, pages);

        var found = await rows
            .OrderBy(r => r.Child.FamilyName).ThenBy(r => r.Child.GivenName).ThenBy(r => r.Child.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(r => new
            {
                r.Child.Id, r.Child.PersonId, r.Child.GivenName, r.Child.FamilyName, r.Child.PreferredName, r.Child.DateOfBirth,
                r.Episode.Ls, r.Episode.Place, r.Episode.Decom,
                Team = r.Child.Allocations
                    .Where(a => a.Role == AllocationRole.SocialWorker && a.From <= asAt && (a.To == null || a.To >= asAt))
                    .OrderByDescending(a => a.From).Select(a => a.Team!.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var list = found.Select(r => new Row(r.Id, r.PersonId,
            Child.NameToShow(r.GivenName, r.FamilyName, r.PreferredName, r.PersonId),
            r.DateOfBirth, Age.On(r.DateOfBirth, asAt), r.Ls, CodeSets.LegalStatus.Describe(r.Ls),
            CodeSets.PlacementType.Describe(r.Place), CodeSets.PlacementGroup(r.Place), r.Decom, r.Team)).ToList();
        return new Result(query with { Page = page }, list, total, page, pages);
    }

    /// <summary>
    /// A search matches the person ID exactly, or the start of the given, family or preferred name, or a
    /// given (or preferred) name followed by the start of the family name ("bea smi"). Matching the start,
    /// not anywhere inside, lets the database answer from its name indexes at national size.
    /// </summary>
    public static Expression<Func<Child, bool>> Matches(string search)
    {
        var id = search.Trim();
        var upperId = id.ToUpperInvariant();
        Expression<Func<Child, bool>> matches = c => c.PersonId == id || c.PersonId == upperId;

        var term = NameSearch.Normalise(search);
        if (term.Length == 0) return matches;
        var end = NameSearch.PrefixEnd(term);
        matches = Or(matches, c =>
            (c.SearchGivenName.CompareTo(term) >= 0 && c.SearchGivenName.CompareTo(end) < 0)
            || (c.SearchFamilyName.CompareTo(term) >= 0 && c.SearchFamilyName.CompareTo(end) < 0)
            || (c.SearchPreferredName != null && c.SearchPreferredName.CompareTo(term) >= 0 && c.SearchPreferredName.CompareTo(end) < 0));

        var words = term.Split(' ');
        for (var split = 1; split < words.Length && split <= MaxNameWords; split++)
        {
            var first = string.Join(' ', words[..split]);
            var firstEnd = NameSearch.PrefixEnd(first);
            var family = string.Join(' ', words[split..]);
            var familyEnd = NameSearch.PrefixEnd(family);
            matches = Or(matches, c =>
                c.SearchFamilyName.CompareTo(family) >= 0 && c.SearchFamilyName.CompareTo(familyEnd) < 0
                && ((c.SearchGivenName.CompareTo(first) >= 0 && c.SearchGivenName.CompareTo(firstEnd) < 0)
                    || (c.SearchPreferredName != null && c.SearchPreferredName.CompareTo(first) >= 0 && c.SearchPreferredName.CompareTo(firstEnd) < 0)));
        }
        return matches;
    }

    /// <summary>How many words of a search may be given names before the family name begins.</summary>
    private const int MaxNameWords = 3;

    private static Expression<Func<Child, bool>> Or(Expression<Func<Child, bool>> left, Expression<Func<Child, bool>> right)
    {
        var body = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<Child, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>The DfE age band's ages, lowest and highest (none for "16 and over").</summary>
    public static (int Min, int? Max)? AgeRange(string band) => band switch
    {
        "Under 1" => (0, 0),
        "1 to 4" => (1, 4),
        "5 to 9" => (5, 9),
        "10 to 15" => (10, 15),
        "16 and over" => (16, null),
        _ => null,
    };
}
