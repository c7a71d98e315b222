using CoParent.Core.Adoption;
using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Core.CareEpisodes;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Health;
using CoParent.Core.Orders;
using CoParent.Core.Permanence;
using CoParent.Core.Reviews;
using CoParent.Core.Safety;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data.Ssda903.Storing;

/// <summary>
/// Stores an SSDA903 return as CoParent's records, in one transaction: a child per CHILD (by PersonId), an
/// episode per child and DECOM, and every other table's records by their natural key (the child and a date,
/// or the child and the collection year for OC2 and OC3). Only what differs is written, so importing the same
/// return again changes nothing. Records the return does not mention are left alone. The return's tables are
/// kept too (<see cref="StoredReturns"/>) for next year's comparisons.
/// </summary>
public static class Ssda903Importer
{
    public const string ChildCreatedAction = "ssda903.import.child.create";
    public const string ChildUpdatedAction = "ssda903.import.child.update";

    public static Task<ImportResult> ImportAsync(
        CoParentDbContext db, Ssda903Return current, Ssda903Return? previous, string actor, CancellationToken ct) =>
        ImportAsync(db, current, previous, actor, TimeProvider.System, ct);

    public static async Task<ImportResult> ImportAsync(
        CoParentDbContext db, Ssda903Return current, Ssda903Return? previous, string actor, TimeProvider clock, CancellationToken ct)
    {
        var problems = ImportChecks.Find(current, db.Model);
        if (problems.Count > 0) return new ImportResult { Year = current.Year, Problems = problems };

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var run = new ImportRun(db, current, clock.GetUtcNow().UtcDateTime);
            var result = await run.ExecuteAsync(actor, ct);
            await StoredReturns.ReplaceAsync(db, current, run.Now, ct);
            if (previous is not null) await StoredReturns.ReplaceAsync(db, previous, run.Now, ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The year's return as it was imported, or null when none has been.</summary>
    public static Task<Ssda903Return?> LoadStoredReturnAsync(CoParentDbContext db, CollectionYear year, CancellationToken ct = default) =>
        StoredReturns.LoadAsync(db, year, ct);

    /// <summary>
    /// Adds the records of returns' tables other than the header, UASC and episodes, for children already held,
    /// mapped exactly as an import maps them but without comparing with anything held: for filling a new council
    /// (the demo) fast. Where two returns give the same record (the same child and date, as consecutive years'
    /// social worker episodes do), the later return's wins. Belongs inside the caller's transaction.
    /// </summary>
    internal static async Task AddRecordsAsync(
        CoParentDbContext db, IReadOnlyList<Ssda903Return> returns, IReadOnlyDictionary<string, int> childIds, CancellationToken ct)
    {
        var maps = returns.Select(r => (Return: r, Maps: new RecordMaps(r.Year.Year))).ToList();
        await AddAsync(db, maps, m => m.Reviews, childIds, ct);
        await AddAsync(db, maps, m => m.Oc2, childIds, ct);
        await AddAsync(db, maps, m => m.Oc3, childIds, ct);
        await AddAsync(db, maps, m => m.Ad1, childIds, ct);
        await AddAsync(db, maps, m => m.PlacedAdoption, childIds, ct);
        await AddAsync(db, maps, m => m.PrevPerm, childIds, ct);
        await AddAsync(db, maps, m => m.Missing, childIds, ct);
        await AddAsync(db, maps, m => m.SwEpisodes, childIds, ct);
        await AddAsync(db, maps, m => m.Dolo, childIds, ct);
    }

    private static async Task AddAsync<TEntity, TRow>(
        CoParentDbContext db, List<(Ssda903Return Return, RecordMaps Maps)> returns, Func<RecordMaps, RecordMap<TEntity, TRow>> pick,
        IReadOnlyDictionary<string, int> childIds, CancellationToken ct)
        where TEntity : class
        where TRow : ReturnRow
    {
        var records = new Dictionary<(int, object), TEntity>();
        foreach (var (ret, maps) in returns)
        {
            var map = pick(maps);
            if (ret.Table(map.Table) is not { } data) continue;
            foreach (var row in data.Rows.Cast<TRow>())
            {
                var childId = childIds[row.Child];
                records[(childId, map.RowKey(row))] = map.Create(row, childId);
            }
        }
        if (records.Count == 0) return;
        await DemoBulk.WriteAsync(db, BulkColumns.TableName<TEntity>(db.Model), BulkColumns.For<TEntity>(db.Model), records.Values, ct);
    }

    /// <summary>How a table's rows become records and which held record a row is (the child and the natural key).</summary>
    private sealed record RecordMap<TEntity, TRow>(
        ReturnTable Table, Func<TEntity, int> ChildOf, Func<TEntity, object> KeyOf, Func<TRow, object> RowKey,
        Func<TRow, int, TEntity> Create, Func<TEntity, TRow, bool> Apply)
        where TEntity : class
        where TRow : ReturnRow;

    /// <summary>Every table's mapping for one collection year (OC2, OC3 and previous permanence are kept per year).</summary>
    private sealed class RecordMaps(int year)
    {
        public RecordMap<CareEpisode, EpisodeRow> Episodes { get; } = new(ReturnTable.Episodes, e => e.ChildId, e => e.Decom, r => r.Decom.Date!.Value,
            (r, id) => With(new CareEpisode { ChildId = id, Decom = r.Decom.Date!.Value }, r), Apply);

        public RecordMap<ChildReview, ReviewRow> Reviews { get; } = new(ReturnTable.Reviews, e => e.ChildId, e => e.ReviewDate, r => r.Review.Date!.Value,
            (r, id) => new ChildReview { ChildId = id, ReviewDate = r.Review.Date!.Value, Participation = r.ReviewCode },
            (e, r) => Set(e.Participation, r.ReviewCode, v => e.Participation = v));

        public RecordMap<AnnualHealthOutcome, Oc2Row> Oc2 { get; } = new(ReturnTable.OC2, e => e.ChildId, e => e.CollectionYear, _ => year,
            (r, id) => With(new AnnualHealthOutcome { ChildId = id, CollectionYear = year }, r), Apply);

        public RecordMap<CareLeaverYear, Oc3Row> Oc3 { get; } = new(ReturnTable.OC3, e => e.ChildId, e => e.CollectionYear, _ => year,
            (r, id) => With(new CareLeaverYear { ChildId = id, CollectionYear = year }, r), Apply);

        public RecordMap<AdoptionRecord, Ad1Row> Ad1 { get; } = new(ReturnTable.AD1, e => e.ChildId, _ => 0, _ => 0,
            (r, id) => With(new AdoptionRecord { ChildId = id }, r), Apply);

        public RecordMap<PlacementForAdoptionDecision, PlacedAdoptionRow> PlacedAdoption { get; } = new(ReturnTable.PlacedAdoption,
            e => e.ChildId, e => e.DecidedOn, r => r.DatePlaced.Date!.Value,
            (r, id) => With(new PlacementForAdoptionDecision { ChildId = id, DecidedOn = r.DatePlaced.Date!.Value }, r), Apply);

        public RecordMap<PreviousPermanence, PrevPermRow> PrevPerm { get; } = new(ReturnTable.PrevPerm, e => e.ChildId, e => e.CollectionYear, _ => year,
            (r, id) => With(new PreviousPermanence { ChildId = id, CollectionYear = year }, r), Apply);

        public RecordMap<MissingEpisode, MissingRow> Missing { get; } = new(ReturnTable.Missing, e => e.ChildId, e => e.Start, r => r.MisStart.Date!.Value,
            (r, id) => With(new MissingEpisode { ChildId = id, Start = r.MisStart.Date!.Value }, r), Apply);

        public RecordMap<SocialWorkerEpisode, SwEpisodeRow> SwEpisodes { get; } = new(ReturnTable.SWEpisodes, e => e.ChildId, e => e.Start,
            r => r.SwDecom.Date!.Value, (r, id) => With(new SocialWorkerEpisode { ChildId = id, Start = r.SwDecom.Date!.Value }, r), Apply);

        public RecordMap<DeprivationOfLibertyOrder, DoloRow> Dolo { get; } = new(ReturnTable.DoLo, e => e.ChildId, e => e.Start,
            r => r.DoloStart.Date!.Value, (r, id) => With(new DeprivationOfLibertyOrder { ChildId = id, Start = r.DoloStart.Date!.Value }, r), Apply);
    }

    private sealed class ImportRun(CoParentDbContext db, Ssda903Return ret, DateTime now)
    {
        private readonly Dictionary<string, int> _childIds = new(StringComparer.Ordinal);
        private readonly HashSet<int> _changed = [];
        private readonly Dictionary<ReturnTable, TableImportCount> _counts = [];

        public DateTime Now { get; } = now;

        public async Task<ImportResult> ExecuteAsync(string actor, CancellationToken ct)
        {
            var (children, created) = await UpsertChildrenAsync(ct);
            var year = ret.Year.Year;

            var maps = new RecordMaps(year);
            await UpsertAsync(maps.Episodes, ct);
            await UpsertAsync(maps.Reviews, ct);
            await UpsertAsync(maps.Oc2, ct);
            await UpsertAsync(maps.Oc3, ct);
            await UpsertAsync(maps.Ad1, ct);
            await UpsertAsync(maps.PlacedAdoption, ct);
            await UpsertAsync(maps.PrevPerm, ct);
            await UpsertAsync(maps.Missing, ct);
            await UpsertAsync(maps.SwEpisodes, ct);
            await UpsertAsync(maps.Dolo, ct);

            // A child whose records changed gets a new version, so a form opened before the import is not saved over it.
            var updated = 0;
            foreach (var child in children)
            {
                if (created.Contains(child.PersonId) || !_changed.Contains(child.Id)) continue;
                var loaded = child.Version;
                child.Version = Guid.NewGuid();
                db.Update(child).Property(c => c.Version).OriginalValue = loaded;
                updated++;
            }
            await db.SaveChangesAsync(ct);

            var audit = children
                .Where(c => created.Contains(c.PersonId) || _changed.Contains(c.Id))
                .Select(c => new AuditEntry
                {
                    AtUtc = Now,
                    UserName = actor,
                    ChildId = _childIds[c.PersonId],
                    Action = created.Contains(c.PersonId) ? ChildCreatedAction : ChildUpdatedAction,
                    Outcome = AuditOutcome.Allowed,
                    Channel = $"ssda903 import {ret.Year.Label}",
                })
                .ToList();
            await BulkAsync(audit, ct);

            _counts[ReturnTable.Header] = new(ret.Table(ReturnTable.Header)?.Rows.Count ?? 0, created.Count, updated);
            if (ret.Table(ReturnTable.Uasc) is { } uasc) _counts[ReturnTable.Uasc] = new(uasc.Rows.Count, 0, 0);
            return new ImportResult { Year = ret.Year, ChildrenCreated = created.Count, ChildrenUpdated = updated, Tables = _counts };
        }

        /// <summary>Creates the children the council does not hold yet and brings the others' header fields up to date (saved later).</summary>
        private async Task<(List<Child> Children, HashSet<string> Created)> UpsertChildrenAsync(CancellationToken ct)
        {
            var headers = ret.Header.ToList();
            var personIds = headers.Select(h => h.Child).ToList();
            var held = await db.Children.AsNoTracking()
                .Where(c => EF.Parameter(personIds).Contains(c.PersonId))
                .ToDictionaryAsync(c => c.PersonId, StringComparer.Ordinal, ct);
            var uasc = ret.Has(ReturnTable.Uasc)
                ? ret.Rows<UascRow>(ReturnTable.Uasc).ToDictionary(u => u.Child, StringComparer.Ordinal)
                : null;

            var children = new List<Child>(headers.Count);
            var fresh = new List<Child>();
            foreach (var header in headers)
            {
                if (!held.TryGetValue(header.Child, out var child))
                {
                    child = new Child { PersonId = header.Child, CreatedAtUtc = Now, GivenName = "", FamilyName = "" };
                    ApplyHeader(child, header, uasc);
                    child.RefreshSearchNames();
                    fresh.Add(child);
                }
                else if (ApplyHeader(child, header, uasc))
                {
                    _changed.Add(child.Id);
                }
                children.Add(child);
            }

            await BulkAsync(fresh, ct);
            foreach (var child in held.Values) _childIds[child.PersonId] = child.Id;
            if (fresh.Count > 0)
            {
                var freshIds = fresh.Select(c => c.PersonId).ToList();
                var ids = await db.Children.AsNoTracking()
                    .Where(c => EF.Parameter(freshIds).Contains(c.PersonId))
                    .Select(c => new { c.PersonId, c.Id })
                    .ToListAsync(ct);
                foreach (var x in ids) _childIds[x.PersonId] = x.Id;
                foreach (var child in fresh) child.Id = _childIds[child.PersonId];
            }
            return (children, fresh.Select(c => c.PersonId).ToHashSet(StringComparer.Ordinal));
        }

        private static bool ApplyHeader(Child c, HeaderRow h, Dictionary<string, UascRow>? uasc)
        {
            var changed = false;
            changed |= Set(c.DateOfBirth, h.Dob.Date!.Value, v => c.DateOfBirth = v);
            changed |= Set(c.Sex, h.Sex ?? "", v => c.Sex = v);
            changed |= Set(c.Ethnicity, h.Ethnic ?? "", v => c.Ethnicity = v);
            changed |= Set(c.Upn, h.Upn, v => c.Upn = v);
            changed |= Set(c.Mother, h.Mother switch { "1" => true, "0" => false, _ => (bool?)null }, v => c.Mother = v);
            changed |= Set(c.MotherChildDob, h.McDob.Date, v => c.MotherChildDob = v);
            if (uasc is not null)
            {
                var row = uasc.GetValueOrDefault(h.Child);
                changed |= Set(c.IsUasc, row is not null, v => c.IsUasc = v);
                changed |= Set(c.UascCeased, row?.Duc.Date, v => c.UascCeased = v);
            }
            return changed;
        }

        private async Task UpsertAsync<TEntity, TRow>(RecordMap<TEntity, TRow> map, CancellationToken ct)
            where TEntity : class
            where TRow : ReturnRow
        {
            var (table, childOf, keyOf, rowKey, create, apply) = map;
            if (ret.Table(table) is not { } data) return;
            var ids = _childIds.Values.ToList();
            var held = (await db.Set<TEntity>().AsNoTracking()
                    .Where(e => EF.Parameter(ids).Contains(EF.Property<int>(e, "ChildId")))
                    .ToListAsync(ct))
                .ToDictionary(e => (childOf(e), keyOf(e)));

            var inserts = new List<TEntity>();
            var updated = 0;
            foreach (var row in data.Rows.Cast<TRow>())
            {
                var childId = _childIds[row.Child];
                if (!held.TryGetValue((childId, rowKey(row)), out var entity))
                {
                    inserts.Add(create(row, childId));
                    _changed.Add(childId);
                }
                else if (apply(entity, row))
                {
                    db.Update(entity);
                    _changed.Add(childId);
                    updated++;
                }
            }
            await BulkAsync(inserts, ct);
            _counts[table] = new(data.Rows.Count, inserts.Count, updated);
        }

        private async Task BulkAsync<T>(List<T> rows, CancellationToken ct)
        {
            if (rows.Count == 0) return;
            await DemoBulk.WriteAsync(db, BulkColumns.TableName<T>(db.Model), BulkColumns.For<T>(db.Model), rows, ct);
        }
    }

    private static bool Set<T>(T current, T value, Action<T> set)
    {
        if (EqualityComparer<T>.Default.Equals(current, value)) return false;
        set(value);
        return true;
    }

    private static bool Apply(CareEpisode e, EpisodeRow r)
    {
        var changed = false;
        changed |= Set(e.Rne, r.Rne ?? "", v => e.Rne = v);
        changed |= Set(e.Ls, r.Ls ?? "", v => e.Ls = v);
        changed |= Set(e.Cin, r.Cin ?? "", v => e.Cin = v);
        changed |= Set(e.Place, r.Place ?? "", v => e.Place = v);
        changed |= Set(e.PlaceProvider, r.PlaceProvider, v => e.PlaceProvider = v);
        changed |= Set(e.Dec, r.Dec.Date, v => e.Dec = v);
        changed |= Set(e.Rec, r.Rec, v => e.Rec = v);
        changed |= Set(e.ReasonPlaceChange, r.ReasonPlaceChange, v => e.ReasonPlaceChange = v);
        changed |= Set(e.HomePost, r.HomePost, v => e.HomePost = v);
        changed |= Set(e.PlPost, r.PlPost, v => e.PlPost = v);
        changed |= Set(e.Urn, r.Urn, v => e.Urn = v);
        // The derived fields come with the row only when the postcodes were looked up on reading it.
        if (r.PlPostKnown is not null || r.HomePostKnown is not null)
        {
            changed |= Set(e.PlLa, r.PlLa, v => e.PlLa = v);
            changed |= Set(e.PlLocation, r.PlLocation, v => e.PlLocation = v);
            changed |= Set(e.PlDistance, r.PlDistance, v => e.PlDistance = v);
        }
        return changed;
    }

    private static CareEpisode With(CareEpisode e, EpisodeRow r) { Apply(e, r); return e; }

    private static bool Apply(AnnualHealthOutcome e, Oc2Row r)
    {
        var changed = false;
        changed |= Set(e.SdqScore, r.SdqScore, v => e.SdqScore = v);
        changed |= Set(e.SdqReason, r.SdqReason, v => e.SdqReason = v);
        changed |= Set(e.Convicted, r.Convicted, v => e.Convicted = v);
        changed |= Set(e.HealthCheck, r.HealthCheck, v => e.HealthCheck = v);
        changed |= Set(e.Immunisations, r.Immunisations, v => e.Immunisations = v);
        changed |= Set(e.TeethCheck, r.TeethCheck, v => e.TeethCheck = v);
        changed |= Set(e.HealthAssessment, r.HealthAssessment, v => e.HealthAssessment = v);
        changed |= Set(e.SubstanceMisuse, r.SubstanceMisuse, v => e.SubstanceMisuse = v);
        changed |= Set(e.InterventionReceived, r.InterventionReceived, v => e.InterventionReceived = v);
        changed |= Set(e.InterventionOffered, r.InterventionOffered, v => e.InterventionOffered = v);
        return changed;
    }

    private static AnnualHealthOutcome With(AnnualHealthOutcome e, Oc2Row r) { Apply(e, r); return e; }

    private static bool Apply(CareLeaverYear e, Oc3Row r)
    {
        var changed = false;
        changed |= Set(e.InTouch, r.InTouch, v => e.InTouch = v);
        changed |= Set(e.Activity, r.Activ, v => e.Activity = v);
        changed |= Set(e.Accommodation, r.Accom, v => e.Accommodation = v);
        return changed;
    }

    private static CareLeaverYear With(CareLeaverYear e, Oc3Row r) { Apply(e, r); return e; }

    private static bool Apply(AdoptionRecord e, Ad1Row r)
    {
        var changed = false;
        changed |= Set(e.DecidedShouldBePlaced, r.DateInt.Date, v => e.DecidedShouldBePlaced = v);
        changed |= Set(e.MatchedOn, r.DateMatch.Date, v => e.MatchedOn = v);
        changed |= Set(e.ByFormerFosterCarers, r.FosterCare, v => e.ByFormerFosterCarers = v);
        changed |= Set(e.NumberOfAdopters, r.NbAdoptr, v => e.NumberOfAdopters = v);
        changed |= Set(e.AdoptersSex, r.SexAdoptr, v => e.AdoptersSex = v);
        changed |= Set(e.AdoptersLegalStatus, r.LsAdoptr, v => e.AdoptersLegalStatus = v);
        return changed;
    }

    private static AdoptionRecord With(AdoptionRecord e, Ad1Row r) { Apply(e, r); return e; }

    private static bool Apply(PlacementForAdoptionDecision e, PlacedAdoptionRow r)
    {
        var changed = false;
        changed |= Set(e.CeasedOn, r.DatePlacedCeased.Date, v => e.CeasedOn = v);
        changed |= Set(e.CeasedReason, r.ReasonPlacedCeased, v => e.CeasedReason = v);
        return changed;
    }

    private static PlacementForAdoptionDecision With(PlacementForAdoptionDecision e, PlacedAdoptionRow r) { Apply(e, r); return e; }

    private static bool Apply(PreviousPermanence e, PrevPermRow r)
    {
        var changed = false;
        changed |= Set(e.Kind, r.PrevPerm, v => e.Kind = v);
        changed |= Set(e.ArrangedBy, r.LaPerm, v => e.ArrangedBy = v);
        changed |= Set(e.DatePerm, r.DatePerm, v => e.DatePerm = v);
        return changed;
    }

    private static PreviousPermanence With(PreviousPermanence e, PrevPermRow r) { Apply(e, r); return e; }

    private static bool Apply(MissingEpisode e, MissingRow r)
    {
        var changed = false;
        changed |= Set(e.Kind, r.Missing, v => e.Kind = v);
        changed |= Set(e.End, r.MisEnd.Date, v => e.End = v);
        return changed;
    }

    private static MissingEpisode With(MissingEpisode e, MissingRow r) { Apply(e, r); return e; }

    private static bool Apply(SocialWorkerEpisode e, SwEpisodeRow r)
    {
        var changed = false;
        changed |= Set(e.SwId, r.SwId, v => e.SwId = v);
        changed |= Set(e.End, r.SwDec.Date, v => e.End = v);
        changed |= Set(e.Reason, r.SwReason, v => e.Reason = v);
        return changed;
    }

    private static SocialWorkerEpisode With(SocialWorkerEpisode e, SwEpisodeRow r) { Apply(e, r); return e; }

    private static bool Apply(DeprivationOfLibertyOrder e, DoloRow r) => Set(e.End, r.DoloEnd.Date, v => e.End = v);

    private static DeprivationOfLibertyOrder With(DeprivationOfLibertyOrder e, DoloRow r) { Apply(e, r); return e; }
}
