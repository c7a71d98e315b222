using CoParent.Core.Children;

namespace CoParent.Core.Measures;

/// <summary>
/// The one query the measures need, as plain LINQ so the web app and the CLI share it (each runs it with its own
/// database context): the children with an episode open on the date, and their episodes up to that date,
/// projected to exactly the fields the measures read.
/// </summary>
public static class ChildHistoryQuery
{
    public static IQueryable<ChildHistory> InCareOn(this IQueryable<Child> children, DateOnly asAt) =>
        children
            .Where(c => c.Episodes.Any(e => e.Decom <= asAt && (e.Dec == null || e.Dec > asAt)))
            .Select(c => new ChildHistory(
                c.Id, c.DateOfBirth, c.Sex, c.Ethnicity, c.IsUasc, c.UascCeased,
                c.Episodes.Where(e => e.Decom <= asAt).OrderBy(e => e.Decom)
                    .Select(e => new EpisodeFacts(e.Decom, e.Rne, e.Ls, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.PlLocation, e.PlDistance))
                    .ToList()));
}
