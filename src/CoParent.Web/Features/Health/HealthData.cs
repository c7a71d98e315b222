using CoParent.Core.Health;
using CoParent.Core.Measures;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Health;

/// <summary>Loads children's episodes and health records as the pure rules read them (untracked, projected).</summary>
public static class HealthData
{
    /// <summary>
    /// The children among <paramref name="childIds"/> with their episodes and health records; records dated before
    /// <paramref name="since"/> are left out (passports never are: they are given once).
    /// </summary>
    public static async Task<List<ChildHealth>> LoadAsync(CoParentDbContext db, IQueryable<int> childIds, DateOnly? since, CancellationToken ct)
    {
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id))
            .Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(ct);
        var episodes = (await db.CareEpisodes.AsNoTracking().Where(e => childIds.Contains(e.ChildId)).OrderBy(e => e.Decom)
            .Select(e => new { e.ChildId, Facts = new EpisodeFacts(e.Decom, e.Rne, e.Ls, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.PlLocation, e.PlDistance) })
            .ToListAsync(ct)).ToLookup(e => e.ChildId, e => e.Facts);
        return await WithHealthRecordsAsync(db, childIds, children.Select(c => (c.Id, c.DateOfBirth, (IReadOnlyList<EpisodeFacts>)[.. episodes[c.Id]])), since, ct);
    }

    /// <summary>
    /// The same for children whose care histories are already read (<see cref="Outcomes.CareHistories"/>);
    /// <paramref name="childIds"/> selects the same children for the health records' queries.
    /// </summary>
    public static Task<List<ChildHealth>> LoadAsync(
        CoParentDbContext db, IEnumerable<ChildHistory> children, IQueryable<int> childIds, DateOnly? since, CancellationToken ct) =>
        WithHealthRecordsAsync(db, childIds, children.Select(c => (c.ChildId, c.DateOfBirth, c.Episodes)), since, ct);

    private static async Task<List<ChildHealth>> WithHealthRecordsAsync(
        CoParentDbContext db, IQueryable<int> childIds, IEnumerable<(int Id, DateOnly DateOfBirth, IReadOnlyList<EpisodeFacts> Episodes)> children,
        DateOnly? since, CancellationToken ct)
    {
        var from = since ?? DateOnly.MinValue;
        var assessments = (await db.HealthAssessments.AsNoTracking().Where(a => childIds.Contains(a.ChildId) && a.HeldOn >= from)
            .Select(a => new { a.ChildId, a.HeldOn, a.Kind }).ToListAsync(ct)).ToLookup(a => a.ChildId, a => new AssessmentFact(a.HeldOn, a.Kind));
        var dental = (await db.DentalChecks.AsNoTracking().Where(a => childIds.Contains(a.ChildId) && a.CheckedOn >= from)
            .Select(a => new { a.ChildId, a.CheckedOn }).ToListAsync(ct)).ToLookup(a => a.ChildId, a => a.CheckedOn);
        var immunisations = (await db.ImmunisationChecks.AsNoTracking().Where(a => childIds.Contains(a.ChildId) && a.CheckedOn >= from)
            .Select(a => new { a.ChildId, a.CheckedOn, a.UpToDate }).ToListAsync(ct)).ToLookup(a => a.ChildId, a => new ImmunisationFact(a.CheckedOn, a.UpToDate));
        var sdqs = (await db.SdqAssessments.AsNoTracking().Where(a => childIds.Contains(a.ChildId) && a.CompletedOn >= from)
            .Select(a => new { a.ChildId, a.CompletedOn, a.TotalScore, a.CompletedBy }).ToListAsync(ct))
            .ToLookup(a => a.ChildId, a => new SdqFact(a.CompletedOn, a.TotalScore, a.CompletedBy));
        var passports = (await db.HealthPassports.AsNoTracking().Where(a => childIds.Contains(a.ChildId))
            .Select(a => new { a.ChildId, a.GivenOn }).ToListAsync(ct)).ToLookup(a => a.ChildId, a => a.GivenOn);
        return children.Select(c => new ChildHealth(c.Id, c.DateOfBirth, c.Episodes, [.. assessments[c.Id]], [.. dental[c.Id]],
            [.. immunisations[c.Id]], [.. sdqs[c.Id]], [.. passports[c.Id]])).ToList();
    }

    public static async Task<ChildHealth?> LoadOneAsync(CoParentDbContext db, int childId, CancellationToken ct) =>
        (await LoadAsync(db, db.Children.Where(c => c.Id == childId).Select(c => c.Id), null, ct)).SingleOrDefault();

    /// <summary>
    /// Saves a new health record and brings the child's OC2 row for the collection year of its date up to date, in
    /// one transaction, when the child is in that year's OC2 cohort (creating the row the return would otherwise
    /// export blank). A passport is not in OC2.
    /// </summary>
    public static async Task SaveAsync(CoParentDbContext db, int childId, object record, DateOnly date, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        HealthRecordKind? kind = record switch
        {
            HealthAssessment => HealthRecordKind.Assessment,
            DentalCheck => HealthRecordKind.DentalCheck,
            ImmunisationCheck => HealthRecordKind.ImmunisationCheck,
            SdqAssessment => HealthRecordKind.Sdq,
            _ => null,
        };
        if (kind is not null && await LoadOneAsync(db, childId, ct) is { } child)
        {
            var year = Oc2Health.CollectionYearOf(date);
            if (Oc2Health.InCohort(child, year))
            {
                var row = await db.AnnualHealthOutcomes.SingleOrDefaultAsync(o => o.ChildId == childId && o.CollectionYear == year, ct);
                if (row is null)
                {
                    row = new AnnualHealthOutcome { ChildId = childId, CollectionYear = year };
                    db.AnnualHealthOutcomes.Add(row);
                }
                if (Oc2Health.Apply(row, child, kind.Value)) await db.SaveChangesAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
    }
}
