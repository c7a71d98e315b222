using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

/// <summary>The child's summary as the summary page and <c>GET /api/children/{childId}</c> show it.</summary>
public static class ChildSummary
{
    public sealed record Placement(DateOnly Since, string LegalStatus, string LegalStatusMeaning, string Type, string TypeMeaning,
        string PlacementGroup, string? Carer, string? Provider, string? ProviderMeaning, double? DistanceMiles, string? Location,
        string? PlacementLa);

    public sealed record Worker(string Name, string? Team, DateOnly Since);

    public sealed record View(int Id, string PersonId, string GivenName, string FamilyName, string? PreferredName,
        DateOnly DateOfBirth, int Age, string Sex, string SexMeaning, string Ethnicity, string EthnicityMeaning,
        bool IsUasc, string? Upn, string? HomePostcode, bool InCare, Placement? Current, Worker? SocialWorker, Worker? Iro)
    {
        public string DisplayName => Child.NameToShow(GivenName, FamilyName, PreferredName, PersonId);
    }

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new
            {
                c.Id, c.PersonId, c.GivenName, c.FamilyName, c.PreferredName, c.DateOfBirth, c.Sex, c.Ethnicity, c.IsUasc, c.Upn,
                c.HomePostcode,
                Episode = c.Episodes.Where(e => e.Decom <= today && (e.Dec == null || e.Dec > today)).OrderByDescending(e => e.Decom).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (child is null) return null;

        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => a.ChildId == childId && a.From <= today && (a.To == null || a.To >= today))
            .OrderByDescending(a => a.From)
            .Select(a => new { a.Role, a.UserId, a.From, Team = a.Team == null ? null : a.Team.Name })
            .ToListAsync(ct);
        var userIds = allocations.Select(a => a.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Worker? WorkerIn(AllocationRole role) => allocations.Where(a => a.Role == role)
            .Select(a => new Worker(names.GetValueOrDefault(a.UserId) ?? "Not known", a.Team, a.From)).FirstOrDefault();

        return new View(child.Id, child.PersonId, child.GivenName, child.FamilyName, child.PreferredName, child.DateOfBirth,
            Age.On(child.DateOfBirth, today), child.Sex, CodeSets.Sex.Describe(child.Sex), child.Ethnicity,
            CodeSets.Ethnicity.Describe(child.Ethnicity), child.IsUasc, child.Upn, child.HomePostcode, child.Episode is not null,
            child.Episode is null ? null : PlacementOf(child.Episode),
            WorkerIn(AllocationRole.SocialWorker), WorkerIn(AllocationRole.IndependentReviewingOfficer));
    }

    public static Placement PlacementOf(CareEpisode e) => new(e.Decom, e.Ls, CodeSets.LegalStatus.Describe(e.Ls), e.Place,
        CodeSets.PlacementType.Describe(e.Place), CodeSets.PlacementGroup(e.Place), e.CarerName, e.PlaceProvider,
        e.PlaceProvider is null ? null : CodeSets.PlacementProvider.Describe(e.PlaceProvider), e.PlDistance, e.PlLocation, e.PlLa);

    /// <summary>"Inside the council's area" or "Outside ..." from PL_LOCATION; "Not known" when the postcode is not.</summary>
    public static string DescribeLocation(string? location) => location switch
    {
        "IN" => "Inside the council's area",
        "OUT" => "Outside the council's area",
        _ => "Not known",
    };
}
