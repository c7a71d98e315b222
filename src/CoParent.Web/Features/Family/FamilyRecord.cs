using System.Security.Claims;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Family;
using CoParent.Data;
using CoParent.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Family;

/// <summary>
/// A child's family and plans as the family page and the API show them. A brother or sister whose record the
/// reader may not open is described ("a sister in care"), never named (ChildAccessPolicy decides).
/// </summary>
public static class FamilyRecord
{
    public sealed record View(
        int ChildId, string ChildName, DateOnly AsAt,
        IReadOnlyList<Arrangement> FamilyTime, IReadOnlyList<Sibling> Siblings, CarePlanView? CarePlan, PermanenceView? Permanence);

    public sealed record Arrangement(
        int Id, string WithName, string Relationship, string Frequency, string Method, bool Supervised, string? SupervisedBy,
        DateOnly From, DateOnly? To, string? ChildsView, bool IsCurrent);

    /// <param name="SiblingId">The brother or sister's child ID, or null when the reader may not open their record.</param>
    /// <param name="Name">Their name, or null when the reader may not open their record.</param>
    /// <param name="Description">Who they are to the child, e.g. "half-brother".</param>
    public sealed record Sibling(
        int? SiblingId, string? Name, string Description, string Relationship, bool InCare, bool LivingTogether,
        bool PlanIsTogether, string? ApartReason, string? ApartDetail);

    public sealed record CarePlanView(DateOnly AgreedOn, DateOnly ReviewBy, string? NoFamilyTimeReason, bool ReviewOverdue);

    public sealed record PermanenceView(string Plan, string PlanCode, DateOnly SetOn, DateOnly? AchievedOn);

    public static async Task<View?> LoadAsync(
        CoParentDbContext db, ChildAccessPolicy access, ClaimsPrincipal user, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return null;

        var arrangements = (await db.FamilyTimeArrangements.AsNoTracking().Where(a => a.ChildId == childId).ToListAsync(ct))
            .OrderBy(a => a.IsCurrentOn(today) ? 0 : 1).ThenByDescending(a => a.From)
            .Select(a => new Arrangement(a.Id, a.WithName, FamilyText.Describe(a.Relationship), FamilyText.Describe(a.Frequency),
                FamilyText.Describe(a.Method), a.Supervised, a.SupervisedBy, a.From, a.To, a.ChildsView, a.IsCurrentOn(today)))
            .ToList();

        var links = await db.SiblingLinks.AsNoTracking().Where(s => s.ChildId == childId || s.SiblingId == childId).ToListAsync(ct);
        var otherIds = links.Select(l => l.OtherThan(childId)).ToList();
        var others = await db.Children.AsNoTracking().Where(c => otherIds.Contains(c.Id))
            .Select(c => new { c.Id, c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.Sex }).ToDictionaryAsync(c => c.Id, ct);
        var visible = (await access.VisibleChildren(user).Where(c => otherIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var homes = await PlacementsOnAsync(db, [childId, .. otherIds], today, ct);
        var own = homes.GetValueOrDefault(childId);
        var siblings = links.Select(l =>
        {
            var other = others[l.OtherThan(childId)];
            var canSee = visible.Contains(other.Id);
            var home = homes.GetValueOrDefault(other.Id);
            return new Sibling(
                canSee ? other.Id : null,
                canSee ? Child.NameToShow(other.GivenName, other.FamilyName, other.PreferredName, other.PersonId) : null,
                FamilyText.SiblingNoun(l.Relationship, other.Sex), FamilyText.Describe(l.Relationship),
                home is not null, SiblingPlacement.LiveTogether(own, home),
                l.PlacedTogether, l.ApartReason is { } reason ? FamilyText.Describe(reason) : null, canSee ? l.ApartDetail : null);
        }).OrderBy(s => s.Name is null).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

        var carePlan = await db.CarePlans.AsNoTracking().Where(p => p.ChildId == childId && p.AgreedOn <= today)
            .OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.Id)
            .Select(p => new CarePlanView(p.AgreedOn, p.ReviewBy, p.NoFamilyTimeReason, p.ReviewBy < today)).FirstOrDefaultAsync(ct);
        var permanence = await CurrentPermanenceAsync(db, childId, today, ct);

        return new View(childId, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId), today,
            arrangements, siblings, carePlan,
            permanence is null ? null : new PermanenceView(FamilyText.Describe(permanence.Plan), permanence.Plan.ToString(), permanence.SetOn, permanence.AchievedOn));
    }

    public static Task<PermanencePlan?> CurrentPermanenceAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct) =>
        db.PermanencePlans.AsNoTracking().Where(p => p.ChildId == childId && p.SetOn <= today)
            .OrderByDescending(p => p.SetOn).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);

    /// <summary>Where each of the children in care on the date lives (children not in care are left out).</summary>
    public static async Task<Dictionary<int, PlacementAddress>> PlacementsOnAsync(
        CoParentDbContext db, IReadOnlyCollection<int> childIds, DateOnly date, CancellationToken ct)
    {
        var open = await OpenEpisodes(db.CareEpisodes.Where(e => childIds.Contains(e.ChildId)), date)
            .Select(e => new { e.ChildId, e.Decom, e.CarerName, e.PlPost }).ToListAsync(ct);
        return open.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g =>
        {
            var latest = g.MaxBy(e => e.Decom)!;
            return new PlacementAddress(latest.CarerName, latest.PlPost);
        });
    }

    /// <summary>Episodes open on the date that are not an agreed series of short breaks (V3, V4): the DfE's "in care on a date".</summary>
    public static IQueryable<CareEpisode> OpenEpisodes(IQueryable<CareEpisode> episodes, DateOnly date) =>
        episodes.Where(e => e.Decom <= date && (e.Dec == null || e.Dec > date) && e.Ls != "V3" && e.Ls != "V4");
}
