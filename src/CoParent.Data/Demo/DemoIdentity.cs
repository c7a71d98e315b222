using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Identity;
using CoParent.Core.Measures;
using CoParent.Core.Ssda903;
using CoParent.Data.Ssda903.Storing;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CoParent.Data.Demo;

/// <summary>
/// The demo council's identity records: a carers' household for each recent foster placement (its ethnicity in the
/// child's group for about 6 in 10 Black, Asian and minority ethnic children, a shared faith now and then), life
/// story work for most children in care a year or more (about 6 in 10 completed), life plans and a few later life
/// letters. Written in bulk: the episodes are linked to their households with one set-based update.
/// </summary>
internal static class DemoIdentity
{
    private const double HouseholdRecordedShare = 0.92;
    private const double SameEthnicGroupShare = 0.62;
    private const double SharedFaithShare = 0.35;

    private static readonly string[] Words =
    [
        "I like knowing about when I was little.", "It helped me understand why I came into care.",
        "I want to add more photos of my brother.", "Some of it was sad but I am glad I know.",
        "I don't want to talk about it right now.", "My book is in my room and I look at it sometimes.",
    ];

    private static readonly (string? Religion, double Weight)[] AdultReligions =
    [
        ("Christian", 0.46), ("No religion", 0.37), ("Muslim", 0.07), ("Hindu", 0.02), ("Sikh", 0.01),
        ("Jewish", 0.005), ("Buddhist", 0.005), ("Any other religion", 0.01), (null, 0.05),
    ];

    private sealed record Link(int ChildId, DateOnly Decom, int HouseholdId);

    private static readonly BulkColumn<Link>[] LinkColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, l => l.ChildId),
        new("Decom", NpgsqlDbType.Date, l => l.Decom),
        new("HouseholdId", NpgsqlDbType.Integer, l => l.HouseholdId),
    ];

    public static async Task SaveAsync(CoParentDbContext db, IReadOnlyList<Child> people, DateOnly asAt, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var random = new Random(unchecked(seed * 31 + 3));
        var nextId = await db.CarerHouseholds.MaxAsync(h => (int?)h.Id, ct) ?? 0;
        var households = new List<CarerHousehold>();
        var links = new List<Link>();
        var stories = new List<LifeStoryWork>();
        var letters = new List<LaterLifeLetter>();
        var plans = new List<LifePlan>();
        var recent = asAt.AddYears(-2);

        foreach (var child in people)
        {
            var episodes = child.Episodes.OrderBy(e => e.Decom).ToList();
            foreach (var run in PlacementRuns(episodes))
            {
                var foster = run.FirstOrDefault(e => CodeSets.IsFoster(e.Place));
                if (foster is null || run[^1].Dec is { } ended && ended < recent) continue;
                if (random.NextDouble() >= HouseholdRecordedShare) continue;
                var household = NewHousehold(random, ++nextId, child, foster);
                households.Add(household);
                links.AddRange(run.Select(e => new Link(child.Id, e.Decom, household.Id)));
            }

            var facts = episodes.Select(e => new EpisodeFacts(e.Decom, e.Rne, e.Ls, e.Place, e.PlaceProvider, e.Dec, e.Rec, e.PlLocation, e.PlDistance)).ToList();
            if (CareHistory.OpenEpisode(facts, asAt) is not { } open || CodeSets.IsShortBreak(open.Ls)) continue;
            var start = CareHistory.PeriodOfCareStart(facts, asAt)!.Value;
            if (open.Place is "A4" or "A5" or "A6" ? random.NextDouble() < 0.6 : random.NextDouble() < 0.02)
            {
                var written = Between(random, Later(start, asAt.AddYears(-2)), asAt);
                var given = random.NextDouble() < 0.5 ? Between(random, written, asAt) : (DateOnly?)null;
                letters.Add(new LaterLifeLetter
                {
                    ChildId = child.Id, Written = written, WrittenBy = "Social worker", Given = given,
                    GivenTo = given is null ? null : open.Place.StartsWith('A') ? "Adoptive parents" : "Carers",
                });
            }
            if (start > asAt.AddYears(-1)) continue;

            if (random.NextDouble() < 0.88)
            {
                var work = new LifeStoryWork { ChildId = child.Id, Started = Between(random, start.AddDays(30), Earlier(start.AddDays(300), asAt)) };
                if (random.NextDouble() < 0.7)
                {
                    var completed = work.Started.AddDays(random.Next(90, 400));
                    if (completed <= asAt)
                    {
                        work.Completed = completed;
                        var reviewed = completed;
                        while (reviewed.AddYears(1) <= asAt && random.NextDouble() < 0.8) reviewed = reviewed.AddDays(random.Next(330, 380));
                        if (reviewed > asAt) reviewed = asAt;
                        work.LastReviewed = reviewed == completed ? null : reviewed;
                        var x = random.NextDouble();
                        work.Feeling = x < 0.48 ? LifeStoryFeeling.Happy : x < 0.78 ? LifeStoryFeeling.Ok : x < 0.88 ? LifeStoryFeeling.NotHappy : LifeStoryFeeling.DidNotWantToSay;
                        if (random.NextDouble() < 0.3) work.InTheirWords = Words[random.Next(Words.Length)];
                    }
                }
                stories.Add(work);
            }
            if (random.NextDouble() < 0.5)
            {
                var agreed = Between(random, start.AddDays(60), Earlier(start.AddDays(400), asAt));
                var reviewed = agreed.AddDays(random.Next(150, 400));
                plans.Add(new LifePlan { ChildId = child.Id, Agreed = agreed, LastReviewed = reviewed <= asAt ? reviewed : null });
            }
        }

        await DemoBulk.WriteAsync(db, "CarerHouseholds", HouseholdColumns(db), households, ct);
        await DemoBulk.CatchUpIdentityAsync(db, "CarerHouseholds", ct);
        await LinkEpisodesAsync(db, links, ct);
        await DemoBulk.WriteAsync(db, BulkColumns.TableName<LifeStoryWork>(db.Model), BulkColumns.For<LifeStoryWork>(db.Model), stories, ct);
        await DemoBulk.WriteAsync(db, BulkColumns.TableName<LaterLifeLetter>(db.Model), BulkColumns.For<LaterLifeLetter>(db.Model), letters, ct);
        await DemoBulk.WriteAsync(db, BulkColumns.TableName<LifePlan>(db.Model), BulkColumns.For<LifePlan>(db.Model), plans, ct);
        progress?.Report($"Saved {households.Count:N0} carers' households, {stories.Count:N0} life story records, {plans.Count:N0} life plans and {letters.Count:N0} later life letters");
    }

    /// <summary>Runs of episodes with the same carers: RNE S, P and B start a new one (ssda903.md §3).</summary>
    private static IEnumerable<List<CareEpisode>> PlacementRuns(List<CareEpisode> episodes)
    {
        List<CareEpisode>? run = null;
        foreach (var episode in episodes)
        {
            if (run is not null && CareHistory.StartsPlacement(episode.Rne))
            {
                yield return run;
                run = null;
            }
            (run ??= []).Add(episode);
        }
        if (run is not null) yield return run;
    }

    private static CarerHousehold NewHousehold(Random random, int id, Child child, CareEpisode foster)
    {
        var minority = IdentityMeasures.IsMinorityEthnic(child.Ethnicity);
        var ethnicity = minority && random.NextDouble() < SameEthnicGroupShare ? SameGroup(random, child.Ethnicity)
            : random.NextDouble() < 0.82 ? "WBRI" : Pick(random, ["WIRI", "WOTH", "MWBC", "AIND", "APKN", "BCRB", "BAFR", "OOTH"]);
        var second = random.NextDouble() < 0.12 ? Pick(random, ["WBRI", "WOTH", "BCRB", "AIND", "MOTH"]) : null;
        var religion = Religions.Canonical(child.Religion) is { } faith && faith is not (Religions.NoReligion or Religions.PrefersNotToSay)
                       && random.NextDouble() < SharedFaithShare
            ? faith
            : Weighted(random, AdultReligions);
        return new CarerHousehold
        {
            Id = id,
            Name = foster.CarerName ?? "Foster carers",
            PlaceProvider = foster.PlaceProvider,
            Ethnicity = ethnicity,
            SecondEthnicity = second == ethnicity ? null : second,
            Religion = religion,
        };
    }

    /// <summary>A code in the child's DfE ethnic group: usually the child's own.</summary>
    private static string SameGroup(Random random, string ethnicity)
    {
        var group = CodeSets.EthnicGroup(ethnicity);
        if (random.NextDouble() < 0.6 || ethnicity is "WIRT" or "WROM") return ethnicity;
        var codes = CodeSets.Ethnicity.Codes.Select(c => c.Code).Where(c => CodeSets.EthnicGroup(c) == group).ToArray();
        return Pick(random, codes);
    }

    private static BulkColumn<CarerHousehold>[] HouseholdColumns(CoParentDbContext db) =>
        [new("Id", NpgsqlDbType.Integer, h => h.Id), .. BulkColumns.For<CarerHousehold>(db.Model)];

    /// <summary>Episodes were written before their households existed: link them with one update from a temporary table.</summary>
    private static async Task LinkEpisodesAsync(CoParentDbContext db, List<Link> links, CancellationToken ct)
    {
        if (links.Count == 0) return;
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TEMPORARY TABLE \"DemoHouseholdLinks\" (\"ChildId\" integer NOT NULL, \"Decom\" date NOT NULL, \"HouseholdId\" integer NOT NULL)", ct);
        await DemoBulk.WriteAsync(db, "DemoHouseholdLinks", LinkColumns, links, ct);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"CareEpisodes\" SET \"CarerHouseholdId\" = l.\"HouseholdId\" FROM \"DemoHouseholdLinks\" AS l " +
            "WHERE \"CareEpisodes\".\"ChildId\" = l.\"ChildId\" AND \"CareEpisodes\".\"Decom\" = l.\"Decom\"", ct);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"DemoHouseholdLinks\"", ct);
    }

    private static DateOnly Between(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(random.Next(from.DayNumber, to.DayNumber + 1));

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string? Weighted(Random random, (string? Value, double Weight)[] items)
    {
        var x = random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (value, weight) in items)
        {
            x -= weight;
            if (x < 0) return value;
        }
        return items[^1].Value;
    }
}
