using CoParent.Core.Children;
using CoParent.Core.Identity;
using CoParent.Core.Ssda903;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Identity;

/// <summary>The child's identity and life story record as the identity page and <c>GET /api/children/{childId}/identity</c> show it.</summary>
public static class IdentityRecord
{
    public sealed record Household(int Id, string Name, string? PlaceProvider, string Ethnicity, string EthnicityMeaning,
        string? SecondEthnicity, string? SecondEthnicityMeaning, string? Religion);

    public sealed record LifeStory(DateOnly Started, DateOnly? Completed, DateOnly? LastReviewed, DateOnly? ReviewDue,
        string Status, string? Feeling, string? InTheirWords);

    public sealed record Letter(int Id, DateOnly Written, string WrittenBy, DateOnly? Given, string? GivenTo);

    public sealed record Plan(DateOnly Agreed, DateOnly? LastReviewed);

    public sealed record View(int ChildId, string Name, DateOnly DateOfBirth, string Ethnicity, string EthnicityMeaning, string EthnicGroup,
        bool MinorityEthnic, string? Religion, string? FirstLanguage, bool InCare, bool Fostered, string? CarerName,
        Household? CarersHousehold, bool? MatchedWithCarers, LifeStory? LifeStoryWork, IReadOnlyList<Letter> LaterLifeLetters, Plan? LifePlan);

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new
            {
                c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth, c.Ethnicity, c.Religion, c.FirstLanguage,
                Episode = c.Episodes.Where(e => e.Decom <= today && (e.Dec == null || e.Dec > today)).OrderByDescending(e => e.Decom)
                    .Select(e => new { e.Place, e.CarerName, e.CarerHouseholdId }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (child is null) return null;

        Household? household = null;
        if (child.Episode?.CarerHouseholdId is { } householdId)
        {
            household = await db.CarerHouseholds.AsNoTracking().Where(h => h.Id == householdId)
                .Select(h => new Household(h.Id, h.Name, h.PlaceProvider, h.Ethnicity, "", h.SecondEthnicity, null, h.Religion))
                .SingleOrDefaultAsync(ct);
            household = household is null ? null : household with
            {
                EthnicityMeaning = CodeSets.Ethnicity.Describe(household.Ethnicity),
                SecondEthnicityMeaning = household.SecondEthnicity is null ? null : CodeSets.Ethnicity.Describe(household.SecondEthnicity),
            };
        }
        var work = await db.LifeStoryWork.AsNoTracking().SingleOrDefaultAsync(w => w.ChildId == childId, ct);
        var letters = await db.LaterLifeLetters.AsNoTracking().Where(l => l.ChildId == childId).OrderByDescending(l => l.Written)
            .Select(l => new Letter(l.Id, l.Written, l.WrittenBy, l.Given, l.GivenTo)).ToListAsync(ct);
        var plan = await db.LifePlans.AsNoTracking().Where(p => p.ChildId == childId).Select(p => new Plan(p.Agreed, p.LastReviewed)).SingleOrDefaultAsync(ct);

        var fostered = CodeSets.IsFoster(child.Episode?.Place);
        var minority = IdentityMeasures.IsMinorityEthnic(child.Ethnicity);
        bool? matched = fostered && minority && household is not null
            ? IdentityMeasures.Matched(
                new IdentityChild(child.Id, child.Ethnicity, child.Religion, [], household.Id),
                new HouseholdFacts(household.Id, household.Ethnicity, household.SecondEthnicity, household.Religion))
            : null;
        return new View(child.Id, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId), child.DateOfBirth,
            child.Ethnicity, CodeSets.Ethnicity.Describe(child.Ethnicity), CodeSets.EthnicGroup(child.Ethnicity), minority,
            child.Religion, child.FirstLanguage, child.Episode is not null, fostered, child.Episode?.CarerName,
            household, matched, work is null ? null : Describe(work, today), letters, plan);
    }

    public static LifeStory Describe(LifeStoryWork work, DateOnly today) =>
        new(work.Started, work.Completed, work.LastReviewed, work.ReviewDue, Status(work, today),
            work.Feeling is null ? null : LifeStoryWork.Describe(work.Feeling), work.InTheirWords);

    /// <summary>Where the work stands: in progress, completed, or its yearly review due (overdue once the date has passed).</summary>
    public static string Status(LifeStoryWork work, DateOnly today) =>
        work.Completed is null ? "In progress"
        : work.ReviewDue is { } due && due < today ? "Review overdue"
        : work.ReviewDue is { } soon && soon <= today.AddDays(28) ? "Review due"
        : "Completed";

    public static string TagClass(string status) => status switch
    {
        "Completed" => "govuk-tag--green",
        "Review overdue" => "govuk-tag--red",
        "Review due" => "govuk-tag--yellow",
        "In progress" => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };
}
