using System.Security.Cryptography;
using System.Text;
using CoParent.Core.Allocations;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// Builds a year's return from CoParent's records, each table holding the children the DfE's guide puts in it:
/// Header the children looked after at any time in the year plus the year's care leavers (OC3); Episodes those
/// open at any time in the year; OC2 the children looked after continuously for 12 months at 31 March; OC3 care
/// leavers whose 17th to 21st birthday falls in the year; AD1 the children adopted in the year; and the dated
/// tables what happened in the year. CHILD is the child's PersonId.
/// </summary>
public static class Ssda903Exporter
{
    public static async Task<Ssda903Return> BuildAsync(CoParentDbContext db, CollectionYear year, string councilCode, CancellationToken ct)
    {
        var start = year.Start;
        var end = year.End;
        var y = year.Year;

        var children = await db.Children.AsNoTracking()
            .Where(c => db.CareEpisodes.Any(e => e.ChildId == c.Id && e.Decom <= end && (e.Dec == null || e.Dec >= start))
                        || db.CareLeaverYears.Any(o => o.ChildId == c.Id && o.CollectionYear == y))
            .ToDictionaryAsync(c => c.Id, ct);
        var episodes = await db.CareEpisodes.AsNoTracking()
            .Where(e => e.Decom <= end && (e.Dec == null || e.Dec >= start))
            .ToListAsync(ct);
        var careLeavers = (await db.CareLeaverYears.AsNoTracking().Where(o => o.CollectionYear == y).ToListAsync(ct))
            .Where(o => children.TryGetValue(o.ChildId, out var c) && Age.On(c.DateOfBirth, end) is >= 17 and <= 21)
            .ToList();
        var lookedAfter = episodes.Select(e => e.ChildId).ToHashSet();
        var inHeader = lookedAfter.Concat(careLeavers.Select(o => o.ChildId)).ToHashSet();
        var cohort = children.Values
            .Where(c => inHeader.Contains(c.Id))
            .OrderBy(c => c.PersonId, StringComparer.Ordinal)
            .ToList();
        var inCohort = cohort.ToDictionary(c => c.Id);
        string Id(int childId) => inCohort[childId].PersonId;
        DateValue Dob(int childId) => inCohort[childId].DateOfBirth;
        IEnumerable<T> Ordered<T>(IEnumerable<T> records, Func<T, int> child, Func<T, DateOnly> date) =>
            records.Where(r => inCohort.ContainsKey(child(r)))
                .OrderBy(r => Id(child(r)), StringComparer.Ordinal)
                .ThenBy(date);

        var ret = new Ssda903Return(year);
        foreach (var schema in TableSchemas.ForYear(y)) ret.AddTable(schema.Table, schema.FileName);

        Add(ret, cohort.Select(c => new HeaderRow
        {
            Child = c.PersonId, Sex = Blank(c.Sex), Dob = c.DateOfBirth, Ethnic = Blank(c.Ethnicity), Upn = c.Upn,
            // Motherhood is asked only of children looked after in the year, not of care leavers in the OC3 cohort (rule 628).
            Mother = !lookedAfter.Contains(c.Id) ? null : c.Mother switch { true => "1", false => "0", null => null },
            McDob = lookedAfter.Contains(c.Id) && c.MotherChildDob is { } m ? m : DateValue.Blank,
        }));
        Add(ret, Ordered(episodes, e => e.ChildId, e => e.Decom).Select(e => EpisodeRow.FromRecord(Id(e.ChildId), e, end)));
        // UASC: children looked after in the year who were unaccompanied asylum seekers at some time in it, so not a
        // care leaver who was not looked after, nor a child whose status ceased before the year (rules 1014 and 104).
        Add(ret, cohort.Where(c => c.IsUasc && lookedAfter.Contains(c.Id) && !(c.UascCeased < start))
            .Select(c => new UascRow { Child = c.PersonId, Sex = Blank(c.Sex), Dob = c.DateOfBirth, Duc = Date(c.UascCeased) }));

        var reviews = await db.ChildReviews.AsNoTracking().Where(r => r.ReviewDate >= start && r.ReviewDate <= end).ToListAsync(ct);
        Add(ret, Ordered(reviews, r => r.ChildId, r => r.ReviewDate)
            .Select(r => new ReviewRow { Child = Id(r.ChildId), Dob = Dob(r.ChildId), Review = r.ReviewDate, ReviewCode = r.Participation }));

        // OC2: every child looked after continuously for 12 months at 31 March has a row, blank when nothing is
        // recorded, so validation reports the missing outcomes rather than the export hiding the child.
        var context = new RuleContext(ret, councilCode);
        var continuous = cohort.Where(c => ret.Child(c.PersonId) is { } child && CareFacts.ContinuouslyLookedAfter(child, context)).ToList();
        var outcomes = (await db.AnnualHealthOutcomes.AsNoTracking().Where(o => o.CollectionYear == y).ToListAsync(ct)).ToDictionary(o => o.ChildId);
        Add(ret, continuous.Select(c => outcomes.GetValueOrDefault(c.Id) is { } o
            ? new Oc2Row
            {
                Child = c.PersonId, Dob = c.DateOfBirth, SdqScore = o.SdqScore, SdqReason = o.SdqReason, Convicted = o.Convicted,
                HealthCheck = o.HealthCheck, Immunisations = o.Immunisations, TeethCheck = o.TeethCheck, HealthAssessment = o.HealthAssessment,
                SubstanceMisuse = o.SubstanceMisuse, InterventionReceived = o.InterventionReceived, InterventionOffered = o.InterventionOffered,
            }
            : new Oc2Row { Child = c.PersonId, Dob = c.DateOfBirth }));

        Add(ret, Ordered(careLeavers, o => o.ChildId, _ => default)
            .Select(o => new Oc3Row { Child = Id(o.ChildId), Dob = Dob(o.ChildId), InTouch = o.InTouch, Activ = o.Activity, Accom = o.Accommodation }));

        var adopted = episodes.Where(e => e.Dec is { } dec && dec >= start && dec <= end && e.Rec is "E11" or "E12")
            .Select(e => e.ChildId).ToHashSet();
        var adoptions = (await db.AdoptionRecords.AsNoTracking().ToListAsync(ct)).Where(a => adopted.Contains(a.ChildId)).ToDictionary(a => a.ChildId);
        Add(ret, cohort.Where(c => adopted.Contains(c.Id)).Select(c => adoptions.GetValueOrDefault(c.Id) is { } a
            ? new Ad1Row
            {
                Child = c.PersonId, Dob = c.DateOfBirth, DateInt = Date(a.DecidedShouldBePlaced), DateMatch = Date(a.MatchedOn),
                FosterCare = a.ByFormerFosterCarers, NbAdoptr = a.NumberOfAdopters, SexAdoptr = a.AdoptersSex, LsAdoptr = a.AdoptersLegalStatus,
            }
            : new Ad1Row { Child = c.PersonId, Dob = c.DateOfBirth }));

        var decisions = await db.PlacementForAdoptionDecisions.AsNoTracking()
            .Where(d => d.DecidedOn <= end && (d.CeasedOn == null || d.CeasedOn >= start)).ToListAsync(ct);
        Add(ret, Ordered(decisions, d => d.ChildId, d => d.DecidedOn).Select(d => new PlacedAdoptionRow
        {
            Child = Id(d.ChildId), Dob = Dob(d.ChildId), DatePlaced = d.DecidedOn, DatePlacedCeased = Date(d.CeasedOn), ReasonPlacedCeased = d.CeasedReason,
        }));

        var permanence = await db.PreviousPermanence.AsNoTracking().Where(p => p.CollectionYear == y).ToListAsync(ct);
        Add(ret, Ordered(permanence, p => p.ChildId, _ => default).Select(p => new PrevPermRow
        {
            Child = Id(p.ChildId), Dob = Dob(p.ChildId), PrevPerm = p.Kind, LaPerm = p.ArrangedBy, DatePerm = p.DatePerm,
        }));

        var missing = await db.MissingEpisodes.AsNoTracking().Where(m => m.Start <= end && (m.End == null || m.End >= start)).ToListAsync(ct);
        Add(ret, Ordered(missing, m => m.ChildId, m => m.Start).Select(m => new MissingRow
        {
            Child = Id(m.ChildId), Dob = Dob(m.ChildId), Missing = m.Kind, MisStart = m.Start, MisEnd = Date(m.End),
        }));

        Add(ret, await SocialWorkerEpisodesAsync(db, cohort, start, end, ct));

        if (TableSchemas.DoLo.IsInYear(y))
        {
            var orders = await db.DeprivationOfLibertyOrders.AsNoTracking().Where(o => o.Start <= end && (o.End == null || o.End >= start)).ToListAsync(ct);
            Add(ret, Ordered(orders, o => o.ChildId, o => o.Start).Select(o => new DoloRow
            {
                Child = Id(o.ChildId), Dob = Dob(o.ChildId), DoloStart = o.Start, DoloEnd = Date(o.End),
            }));
        }
        return ret;
    }

    /// <summary>
    /// A child's social worker episodes as held (from an imported return) or, for a child with none held, worked
    /// out from their social worker allocations: SW_ID is "SW" and a stable code for the worker (never their name
    /// or account), and SW_REASON is left blank for someone to give (the DfE requires it, SW13STG1).
    /// </summary>
    private static async Task<List<SwEpisodeRow>> SocialWorkerEpisodesAsync(
        CoParentDbContext db, List<Child> cohort, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var held = (await db.SocialWorkerEpisodes.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.ChildId);
        var allocations = (await db.Allocations.AsNoTracking()
                .Where(a => a.Role == AllocationRole.SocialWorker && a.From <= end && (a.To == null || a.To >= start))
                .ToListAsync(ct))
            .ToLookup(a => a.ChildId);
        var rows = new List<SwEpisodeRow>();
        foreach (var child in cohort)
        {
            if (held[child.Id].Any())
            {
                rows.AddRange(held[child.Id]
                    .Where(s => s.Start <= end && (s.End is null || s.End >= start))
                    .OrderBy(s => s.Start)
                    .Select(s => new SwEpisodeRow
                    {
                        // An episode going on to 31 March or past it was open at the end of the year (SW17; as for allocations below).
                        Child = child.PersonId, Dob = child.DateOfBirth, SwId = s.SwId, SwDecom = s.Start,
                        SwDec = s.End is { } to && to < end ? to : DateValue.Blank, SwReason = s.Reason,
                    }));
                continue;
            }
            rows.AddRange(allocations[child.Id].OrderBy(a => a.From).ThenBy(a => a.Id).Select(a => new SwEpisodeRow
            {
                Child = child.PersonId, Dob = child.DateOfBirth, SwId = SocialWorkerId(a.UserId), SwDecom = a.From,
                SwDec = a.To is { } to && to < end ? to : DateValue.Blank,
            }));
        }
        return rows;
    }

    /// <summary>"SW" and eight hex characters derived from the worker's account ID: the same every year, and not reversible.</summary>
    public static string SocialWorkerId(string userId) =>
        "SW" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..8];

    private static void Add<T>(Ssda903Return ret, IEnumerable<T> rows) where T : ReturnRow
    {
        var number = 0;
        foreach (var row in rows) ret.Add(row with { Row = ++number });
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DateValue Date(DateOnly? date) => date is { } d ? DateValue.Of(d) : DateValue.Blank;
}
