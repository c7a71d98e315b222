using System.Globalization;
using CoParent.Core.Allocations;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Ssda903.Storing;

namespace CoParent.Data.Demo;

/// <summary>How big a generated SSDA903 return is, and for which collection year.</summary>
public sealed record DemoReturnOptions(int Children = 84_000, int? CareLeavers = null, int Seed = 2022, int Year = 2027)
{
    /// <summary>Care leavers aged 19 to 21 in the year (the OC3 cohort); by default about half as many as children in care.</summary>
    public int CareLeaverCount => CareLeavers ?? Children / 2;
}

/// <summary>
/// Generates a whole SSDA903 return with no database: the demo council's children, episodes and postcodes
/// (the same factory as the demo council), with the records the other tables need worked out from each
/// child's care: reviews on the statutory timetable, OC2 for children looked after for 12 months, OC3 for
/// care leavers, missing episodes, social worker episodes, previous permanence and adoptions. At 84,000
/// children it is a national-size return (every child in care in England at once) for benchmarks.
/// </summary>
public static class DemoReturn
{
    public static Ssda903Return Generate(DemoReturnOptions options, string councilCode) =>
        GenerateYears(options, councilCode).Current;

    /// <summary>The year's return and last year's, from the same children, for the rules that compare the two.</summary>
    public static (Ssda903Return Current, Ssda903Return Previous) GenerateYears(DemoReturnOptions options, string councilCode)
    {
        var year = new CollectionYear(options.Year);
        var random = new Random(options.Seed);
        var d = DemoDistributions.Default;
        var postcodes = DemoPostcodes.FromBundled(councilCode);
        var providers = new DemoProviders(random, postcodes, d, options.Children);
        var created = new DateTime(year.End.Year, 3, 31, 12, 0, 0, DateTimeKind.Utc);
        var factory = new DemoChildFactory(random, d, postcodes, providers, year.End, created);

        var people = new List<Child>(options.Children * 2);
        for (var i = 0; i < options.Children; i++) people.Add(factory.NewChildInCare().Child);
        for (var i = 0; i < options.CareLeaverCount; i++) people.Add(factory.NewCareLeaver());
        var past = (int)Math.Round(options.Children * d.PastChildrenPerChildInCare);
        for (var i = 0; i < past; i++) people.Add(factory.NewPastChild());

        return (DemoReturnRecords.ToReturn(people, year, options.Seed), DemoReturnRecords.ToReturn(people, year.Previous, options.Seed));
    }
}

/// <summary>Turns children with their care episodes into the rows of a return, inventing the rest consistently.</summary>
public static class DemoReturnRecords
{
    private static readonly string[] SwReasons = ["MANAGE", "FCONTA", "LEFTRL", "ORGRST", "CHCHAN", "OTHERS"];
    private static readonly string[] Participation = ["PN1", "PN1", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];

    /// <summary>
    /// The year's return. With <paramref name="asAt"/> inside the year, the year so far: nothing is dated after it
    /// (no review, missing episode or social worker change still to come), as a council's records would be that day,
    /// and a social worker episode ending on 31 March keeps its end (the exporter shows it open at 31 March).
    /// </summary>
    public static Ssda903Return ToReturn(IEnumerable<Child> people, CollectionYear year, int seed, DateOnly? asAt = null)
    {
        var last = asAt is { } a && a < year.End ? a : year.End;
        var result = new Ssda903Return(year);
        foreach (var schema in TableSchemas.ForYear(year.Year)) result.AddTable(schema.Table, schema.FileName);
        var rows = new int[TableSchemas.All.Count];
        void Add(ReturnRow row) => result.Add(row with { Row = ++rows[(int)row.Table] });

        foreach (var child in people)
        {
            // string and HashCode hashes differ between runs; the same seed must give the same return.
            var random = new Random(unchecked((seed * 1_000_003) + (year.Year * 7_919) + PersonNumber(child.PersonId)));
            var all = child.Episodes.OrderBy(e => e.Decom).ToList();
            var inYear = all.Where(e => e.Decom <= last && (e.Dec is null || e.Dec >= year.Start)).ToList();
            if (inYear.Count > 0) AddChildInCare(child, all, inYear, year, last, asAt, seed, random, Add);
            else if (IsOc3(child, all, year)) AddCareLeaver(child, year, random, Add);
        }
        return result;
    }

    private static string Date(DateOnly d) => d.ToString(DateValue.Format, CultureInfo.InvariantCulture);

    private static HeaderRow Header(Child child, bool lookedAfter) => new()
    {
        Child = child.PersonId,
        Sex = child.Sex,
        Dob = Date(child.DateOfBirth),
        Ethnic = child.Ethnicity,
        Upn = child.Upn ?? (Age.On(child.DateOfBirth, DateOnly.FromDateTime(child.CreatedAtUtc)) < 5 ? "UN1" : "UN2"),
        // Rule 393: a girl looked after (not on short breaks) has the mother field completed; care leavers not looked after in the year leave it blank (628).
        Mother = lookedAfter && child.Sex == "F" ? "0" : null,
    };

    private static void AddChildInCare(
        Child child, List<CareEpisode> all, List<CareEpisode> inYear, CollectionYear year, DateOnly last, DateOnly? asAt, int seed, Random random,
        Action<ReturnRow> add)
    {
        var id = child.PersonId;
        var dob = child.DateOfBirth;
        var dobText = Date(dob);
        add(Header(child, lookedAfter: true));
        foreach (var e in inYear)
        {
            // The generator's postcodes all come from the directory, so they are known (rules 392c and 164 can judge).
            add(EpisodeRow.FromRecord(id, e, last) with { HomePostKnown = e.HomePost is null ? null : true, PlPostKnown = e.PlPost is null ? null : true });
        }

        if (child.IsUasc)
        {
            DateOnly? ceased = child.UascCeased is { } c && c <= year.End ? c : null;
            add(new UascRow { Child = id, Sex = child.Sex, Dob = dobText, Duc = ceased is { } duc ? Date(duc) : null });
        }

        // Reviews of the child's plan: the first within 20 working days of care starting, the second within
        // three months of it, then at most every six months (Care Planning Regulations 2010, reg. 33), in each
        // period of care; IROs often bring reviews forward, and many councils review every two to four months. The timetable is drawn from the child and period, not the year, so years follow on.
        var periods = Periods(all, last).Where(p => p.Start <= last && p.Until >= year.Start).ToList();
        foreach (var (periodStart, until) in periods)
        {
            var timetable = new Random(unchecked((seed * 524_287) + (PersonNumber(id) * 31) + periodStart.DayNumber));
            var review = periodStart.AddDays(timetable.Next(14, 27));
            for (var n = 1; review <= until; n++)
            {
                if (review >= year.Start)
                {
                    var code = Age.On(dob, review) < 4 ? "PN0" : Participation[random.Next(Participation.Length)];
                    add(new ReviewRow { Child = id, Dob = dobText, Review = Date(review), ReviewCode = code });
                }
                review = review.AddDays(n == 1 ? timetable.Next(50, 90) : timetable.Next(60, 120));
            }
        }

        if (ContinuouslyLookedAfter(inYear, year)) add(Oc2(id, dob, dobText, year, random));

        // Missing episodes, for about one in ten children aged 11 or more, inside an episode.
        if (Age.On(dob, year.End) >= 11 && random.NextDouble() < 0.15)
        {
            // In the latest period of care in the year: a child is not missing from care while not in care (rule 578).
            var (periodStart, until) = periods[^1];
            var from = periodStart > year.Start ? periodStart : year.Start;
            var times = random.Next(1, 7);
            var start = from.AddDays(random.Next(1, 40));
            for (var i = 0; i < times && start.AddDays(4) < until; i++)
            {
                var end = start.AddDays(random.Next(0, 3));
                add(new MissingRow { Child = id, Dob = dobText, Missing = random.NextDouble() < 0.7 ? "M" : "A", MisStart = Date(start), MisEnd = Date(end) });
                start = end.AddDays(random.Next(10, 90));
            }
        }

        // Social worker episodes: the child's whole history, cut to the year; one still going at 31 March is open (SW17).
        foreach (var (swId, from, to, reason) in SocialWorkerHistory(child, all, asAt ?? year.End, seed))
        {
            if (from > last || to < year.Start) continue;
            add(new SwEpisodeRow
            {
                Child = id, Dob = dobText, SwId = swId, SwDecom = Date(from),
                // A worker changing on 1 April was still the child's worker at 31 March (SW17); records to store keep the end.
                SwDec = to is { } end && (end < year.End || (asAt is not null && end == year.End)) ? Date(end) : null, SwReason = reason,
            });
        }

        // Previous permanence is asked of every child who started to be looked after in the year.
        if (inYear.Any(e => e.Rne == "S" && e.Decom >= year.Start))
        {
            add(new PrevPermRow { Child = id, Dob = dobText, PrevPerm = "Z1" });
        }

        AddAdoption(id, dobText, all, inYear, year, last, add);
    }

    private static void AddAdoption(string id, string dobText, List<CareEpisode> all, List<CareEpisode> inYear, CollectionYear year, DateOnly last, Action<ReturnRow> add)
    {
        var placementOrder = all.FirstOrDefault(e => e.Ls == "E1");
        if (placementOrder is null) return;
        // The decision that the child should be placed for adoption comes before the placement order (rule 554).
        // The same dates in every year's return (rules 559 and 560 compare them): drawn from the child, not the year.
        var stable = new Random(int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture));
        var periodStart = Periods(all, last).Last(p => p.Start <= placementOrder.Decom).Start;
        var decision = placementOrder.Decom.AddDays(-stable.Next(1, 30));
        if (decision < periodStart) decision = periodStart;
        var adopted = inYear.LastOrDefault(e => e.Rec is "E11" or "E12" && e.Dec is { } dec && dec >= year.Start && dec <= year.End);
        // A child under a placement order who leaves care other than by adoption has the decision reversed (rule 557).
        var left = all.FirstOrDefault(e => e.Decom >= placementOrder.Decom && e.Dec is not null && e.Rec is not (null or "X1"));
        var reversed = left is { Rec: not ("E11" or "E12") } ? left.Dec : null;
        if (decision <= last && !(reversed < year.Start))
        {
            add(new PlacedAdoptionRow
            {
                Child = id, Dob = dobText, DatePlaced = Date(decision),
                DatePlacedCeased = reversed is { } r && r <= last ? Date(r) : null,
                ReasonPlacedCeased = reversed is { } r2 && r2 <= last ? "RD1" : null,
            });
        }
        if (adopted is null) return;
        if (all.FirstOrDefault(e => e.Place is "A3" or "A4" or "A5" or "A6") is not { } adoptionPlacement) return;
        var match = adoptionPlacement.Decom.AddDays(-stable.Next(7, 60));
        if (match < decision) match = decision;
        add(new Ad1Row
        {
            Child = id, Dob = dobText, DateInt = Date(decision), DateMatch = Date(match),
            FosterCare = adoptionPlacement.Place is "A3" or "A5" ? "1" : "0",
            NbAdoptr = "2", SexAdoptr = "MF", LsAdoptr = "L11",
        });
    }

    private static Oc2Row Oc2(string id, DateOnly dob, string dobText, CollectionYear year, Random random)
    {
        // A 17th birthday on 1 April itself satisfies neither rule 189 (no score at 17) nor 197B (a score or reason): no score.
        var ageAtStart = Age.On(dob, year.Start);
        var ageAtEnd = Age.On(dob, year.End);
        string? score = null;
        if (ageAtEnd >= 4 && ageAtStart <= 16)
        {
            // Rule 186 expects a score for every child of SDQ age; a reason for none is a query to answer.
            score = random.Next(0, 41).ToString(CultureInfo.InvariantCulture);
        }
        var misuse = ageAtEnd >= 11 && random.NextDouble() < 0.04;
        var received = misuse && random.NextDouble() < 0.6;
        return new Oc2Row
        {
            Child = id, Dob = dobText, SdqScore = score,
            Convicted = ageAtEnd >= 10 ? (random.NextDouble() < 0.03 ? "1" : "0") : null,
            HealthCheck = ageAtEnd < 5 ? "1" : null,
            Immunisations = random.NextDouble() < 0.87 ? "1" : "0",
            TeethCheck = random.NextDouble() < 0.75 ? "1" : "0",
            HealthAssessment = random.NextDouble() < 0.9 ? "1" : "0",
            SubstanceMisuse = misuse ? "1" : "0",
            InterventionReceived = misuse ? (received ? "1" : "0") : null,
            InterventionOffered = misuse && !received ? (random.NextDouble() < 0.5 ? "1" : "0") : null,
        };
    }

    private static void AddCareLeaver(Child child, CollectionYear year, Random random, Action<ReturnRow> add)
    {
        add(Header(child, lookedAfter: false));
        var inTouch = random.NextDouble() < 0.9;
        add(new Oc3Row
        {
            Child = child.PersonId, Dob = Date(child.DateOfBirth),
            InTouch = inTouch ? "YES" : "NO",
            Activ = inTouch ? (random.NextDouble() < 0.6 ? "F2" : random.NextDouble() < 0.5 ? "F5" : "G5") : "0",
            Accom = inTouch ? (random.NextDouble() < 0.88 ? "U1" : "B2") : "0",
        });
    }

    /// <summary>
    /// OC3: care leavers whose 19th, 20th or 21st birthday falls in the year, who left care at 16 or later and
    /// whose care shows in last year's return (rules 1001 and 1002 judge the cohort from this year's and last
    /// year's episodes, so a leaver whose care is older than that cannot be shown to belong).
    /// </summary>
    private static bool IsOc3(Child child, List<CareEpisode> all, CollectionYear year)
    {
        if (all.Count == 0 || all[^1].Dec is not { } left) return false;
        var age = Age.On(child.DateOfBirth, year.End);
        if (age is < 19 or > 21 || Age.On(child.DateOfBirth, left) < 16 || left < year.Previous.Start) return false;
        var from = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 14);
        if (from < year.Previous.Start) from = year.Previous.Start;
        var days = all.Sum(e => Math.Max(0, (e.Dec ?? year.End).DayNumber - (e.Decom > from ? e.Decom : from).DayNumber));
        return days >= 91;
    }

    /// <summary>The OC2 cohort as ssda903.md §4 defines it (the same test as CareFacts.ContinuouslyLookedAfter, on records).</summary>
    private static bool ContinuouslyLookedAfter(List<CareEpisode> inYear, CollectionYear year)
    {
        foreach (var e in inYear)
        {
            if (e.Rne == "S" && e.Decom > year.Start) return false;
            if (e.Dec is { } dec && dec <= year.End && e.Rec != "X1") return false;
            if (e.Ls is "V3" or "V4") return false;
        }
        return inYear.Count > 0;
    }

    /// <summary>Each period of care: its start and the day it ended, or <paramref name="last"/> while it goes on.</summary>
    private static List<(DateOnly Start, DateOnly Until)> Periods(List<CareEpisode> all, DateOnly last)
    {
        var periods = new List<(DateOnly, DateOnly)>();
        for (var i = 0; i < all.Count; i++)
        {
            var start = all[i].Decom;
            while (i + 1 < all.Count && all[i].Rec == "X1" && all[i].Dec == all[i + 1].Decom) i++;
            periods.Add((start, all[i].Dec is { } dec && dec < last ? dec : last));
        }
        return periods;
    }

    /// <summary>
    /// A child's social workers from their first period of care: where the child has social worker allocations,
    /// exactly those (SW_ID from the worker's account, as the exporter derives it); before them, or for a child
    /// with none, a worker from the start of each period of care (rule SW12) and now and then a change within a
    /// period. Each ends the day before the next begins; the last stays open, as a social worker stays with a
    /// child whose care has ended. Drawn from the child, not the year, so every year's return tells one story.
    /// </summary>
    internal static List<(string SwId, DateOnly From, DateOnly? To, string Reason)> SocialWorkerHistory(
        Child child, List<CareEpisode> all, DateOnly horizon, int seed)
    {
        var random = new Random(unchecked((seed * 7_919) + PersonNumber(child.PersonId)));
        var allocated = child.Allocations.Where(a => a.Role == AllocationRole.SocialWorker).OrderBy(a => a.From).ToList();
        var allocatedFrom = allocated.Count > 0 ? allocated[0].From : DateOnly.MaxValue;

        var starts = new List<DateOnly>();
        for (var i = 0; i < all.Count; i++)
        {
            var start = all[i].Decom;
            if (all[i].Rne != "S" || start >= allocatedFrom || start > horizon) continue;
            if (starts.Count > 0 && start <= starts[^1].AddDays(3)) continue;
            starts.Add(start);
            var j = i;
            while (j + 1 < all.Count && all[j].Rec == "X1") j++;
            var periodEnd = all[j].Dec ?? horizon;
            var latest = new[] { periodEnd, horizon, allocatedFrom }.Min().AddDays(-30);
            var changeFrom = start.AddDays(30);
            if (random.NextDouble() < 0.35 && changeFrom < latest) starts.Add(changeFrom.AddDays(random.Next(0, latest.DayNumber - changeFrom.DayNumber)));
        }

        var history = new List<(string, DateOnly, DateOnly?, string)>(starts.Count + allocated.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            DateOnly? to = i + 1 < starts.Count ? starts[i + 1].AddDays(-1) : allocated.Count > 0 ? allocatedFrom.AddDays(-1) : null;
            history.Add((SwId(random), starts[i], to, SwReasons[random.Next(SwReasons.Length)]));
        }
        foreach (var a in allocated)
        {
            history.Add((Ssda903Exporter.SocialWorkerId(a.UserId), a.From, a.To, SwReasons[random.Next(SwReasons.Length)]));
        }
        return history;
    }

    private static int PersonNumber(string personId) => int.Parse(personId.AsSpan(1), CultureInfo.InvariantCulture);

    private static string SwId(Random random) => "SW" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
}
