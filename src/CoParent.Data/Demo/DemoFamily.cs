using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Family;
using CoParent.Core.Ssda903;
using CoParent.Data.Ssda903.Storing;

namespace CoParent.Data.Demo;

/// <summary>
/// Family records for the demo council, worked out from each child's care so far: family time for most children
/// in care (supervised and frequent for young children in care proceedings), brothers and sisters (about a third
/// of children in care have one in care), a care plan for every child in care, a plan for permanence for most,
/// and plans achieved for children who left care by adoption, an order or a return home.
/// </summary>
/// <remarks>
/// Episodes are not changed here (their placements are what the SSDA903 export writes), so brothers and sisters
/// "live together" only where the generated placements already put them with the same carer at the same postcode:
/// pairs are made first from children sharing a placement, then from the rest.
/// </remarks>
internal static class DemoFamily
{
    private sealed record InCare(Child Child, CareEpisode Open, DateOnly PeriodStart, int Age);

    private static readonly string[] Supervisors = ["Family support worker", "Essex Family Centre", "Contact supervisor", "Foster carer"];
    private static readonly string[] Views =
    [
        "I like seeing Mum but I want it to be longer.", "It is OK. I wish it was at the park not the centre.",
        "I look forward to seeing my nan.", "I don't always want to go but I'm glad when I do.",
        "Video calls are better for me than going there.", "I want to see my brother more.",
    ];

    public static async Task SaveAsync(CoParentDbContext db, List<Child> people, DateOnly asAt, int seed, IProgress<string>? progress, CancellationToken ct)
    {
        var random = new Random(unchecked(seed * 31 + 6));
        var now = DateTime.SpecifyKind(asAt.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc);
        var inCare = new List<InCare>();
        var left = new List<Child>();
        foreach (var child in people)
        {
            if (child.Episodes.Count == 0) continue;
            var ordered = child.Episodes.OrderBy(e => e.Decom).ToList();
            var open = ordered.LastOrDefault(e => e.IsOpenOn(asAt));
            if (open is not null && !CodeSets.IsShortBreak(open.Ls))
            {
                var start = open.Decom;
                for (var i = ordered.IndexOf(open) - 1; i >= 0 && ordered[i].Rec == "X1"; i--) start = ordered[i].Decom;
                inCare.Add(new InCare(child, open, start, Age.On(child.DateOfBirth, asAt)));
            }
            else if (open is null && ordered[^1].Dec is not null)
            {
                left.Add(child);
            }
        }

        var arrangements = new List<FamilyTimeArrangement>();
        var carePlans = new List<CarePlan>();
        var permanence = new List<PermanencePlan>();
        foreach (var c in inCare)
        {
            var noFamilyTime = FamilyTime(random, c, asAt, now, arrangements);
            CarePlans(random, c, asAt, now, noFamilyTime, carePlans);
            Permanence(random, c, asAt, now, permanence);
        }
        foreach (var child in left) Achieved(random, child, now, permanence);
        var siblings = Siblings(random, inCare, left, now);

        await WriteAsync(db, arrangements, ct);
        await WriteAsync(db, carePlans, ct);
        await WriteAsync(db, permanence, ct);
        await WriteAsync(db, siblings, ct);
        progress?.Report($"Saved family time, {siblings.Count:N0} brother and sister links, care plans and plans for permanence");
    }

    private static Task WriteAsync<T>(CoParentDbContext db, List<T> rows, CancellationToken ct) where T : class =>
        rows.Count == 0 ? Task.CompletedTask
            : DemoBulk.WriteAsync(db, BulkColumns.TableName<T>(db.Model), BulkColumns.For<T>(db.Model), rows, ct);

    /// <summary>Adds the child's family time; returns why there is none when there is none.</summary>
    private static string? FamilyTime(Random random, InCare c, DateOnly asAt, DateTime now, List<FamilyTimeArrangement> list)
    {
        var uasc = c.Child.IsUasc;
        if (uasc && random.NextDouble() < 0.6) return "Family abroad; tracing through the Red Cross has not found them yet";
        if (!uasc && random.NextDouble() < 0.05)
            return random.NextDouble() < 0.5 ? "Court order: no direct family time with parents" : "Young person has chosen not to see family for now";
        // Children in care proceedings (interim care order C1) see parents often, supervised: the court is still deciding.
        var proceedings = c.Open.Ls == "C1";
        var young = c.Age < 10;
        var from = c.PeriodStart.AddDays(Math.Min(random.Next(3, 21), Math.Max(0, asAt.DayNumber - c.PeriodStart.DayNumber)));
        var people = new List<(FamilyRelationship Who, string Name)>();
        if (uasc)
        {
            people.Add((FamilyRelationship.OtherRelative, random.NextDouble() < 0.5 ? "Uncle" : "Cousin"));
        }
        else
        {
            if (random.NextDouble() < 0.8) people.Add((FamilyRelationship.Mother, "Mum"));
            if (random.NextDouble() < 0.4) people.Add((FamilyRelationship.Father, "Dad"));
            if (random.NextDouble() < 0.25) people.Add((FamilyRelationship.Grandparent, random.NextDouble() < 0.6 ? "Nan" : "Grandad"));
            if (people.Count == 0) people.Add((FamilyRelationship.OtherRelative, "Aunt"));
        }
        foreach (var (who, name) in people)
        {
            var frequency = uasc ? FamilyTimeFrequency.AsArranged
                : proceedings && young ? (random.NextDouble() < 0.7 ? FamilyTimeFrequency.Weekly : FamilyTimeFrequency.Fortnightly)
                : who == FamilyRelationship.Grandparent ? FamilyTimeFrequency.Monthly
                : c.Open.Ls == "E1" || CodeSets.IsPlacedForAdoption(c.Open.Place) ? FamilyTimeFrequency.IndirectOnly
                : random.Next(4) switch { 0 => FamilyTimeFrequency.Fortnightly, 1 => FamilyTimeFrequency.Monthly, 2 => FamilyTimeFrequency.EveryFewMonths, _ => FamilyTimeFrequency.Weekly };
            var method = uasc ? (random.NextDouble() < 0.5 ? FamilyTimeMethod.Video : FamilyTimeMethod.Phone)
                : frequency == FamilyTimeFrequency.IndirectOnly ? FamilyTimeMethod.Letters
                : random.NextDouble() < 0.85 ? FamilyTimeMethod.InPerson : FamilyTimeMethod.Video;
            var supervised = method == FamilyTimeMethod.InPerson && (proceedings && young || random.NextDouble() < (young ? 0.6 : 0.2));
            // Some earlier arrangement, since changed: it ended and the current one began the next day.
            var start = from;
            if (asAt.DayNumber - from.DayNumber > 400 && random.NextDouble() < 0.3)
            {
                var change = from.AddDays(random.Next(120, asAt.DayNumber - from.DayNumber - 60));
                list.Add(New(c, who, name, FamilyTimeFrequency.Weekly, FamilyTimeMethod.InPerson, true, Supervisors[0], from, change.AddDays(-1), null, now));
                start = change;
            }
            var view = c.Age >= 5 && random.NextDouble() < 0.4 ? Views[random.Next(Views.Length)] : null;
            list.Add(New(c, who, name, frequency, method, supervised, supervised ? Supervisors[random.Next(Supervisors.Length)] : null, start, null, view, now));
        }
        return null;
    }

    private static FamilyTimeArrangement New(
        InCare c, FamilyRelationship who, string name, FamilyTimeFrequency frequency, FamilyTimeMethod method, bool supervised, string? by,
        DateOnly from, DateOnly? to, string? view, DateTime now) => new()
    {
        ChildId = c.Child.Id, WithName = name, Relationship = who, Frequency = frequency, Method = method, Supervised = supervised,
        SupervisedBy = by, From = from, To = to, ChildsView = view, RecordedAtUtc = now,
    };

    /// <summary>
    /// The first plan by the first review (within 20 working days, about four weeks), reviewed about every six months
    /// since; the latest two are kept. About one in twelve is overdue for review.
    /// </summary>
    private static void CarePlans(Random random, InCare c, DateOnly asAt, DateTime now, string? noFamilyTime, List<CarePlan> list)
    {
        var agreed = c.PeriodStart.AddDays(Math.Min(random.Next(5, 28), asAt.DayNumber - c.PeriodStart.DayNumber));
        var plans = new List<DateOnly> { agreed };
        while (plans[^1].AddMonths(6) <= asAt) plans.Add(plans[^1].AddMonths(6).AddDays(random.Next(-10, 5)));
        foreach (var on in plans.Skip(Math.Max(0, plans.Count - 2)))
        {
            var first = on == agreed;
            var reviewBy = first ? on.AddMonths(3) : on.AddMonths(6);
            if (on == plans[^1] && reviewBy > asAt && random.NextDouble() < 0.08) reviewBy = asAt.AddDays(-random.Next(1, 40));
            if (reviewBy <= on) reviewBy = on.AddDays(1);
            list.Add(new CarePlan { ChildId = c.Child.Id, AgreedOn = on, ReviewBy = reviewBy, NoFamilyTimeReason = noFamilyTime, RecordedAtUtc = now });
        }
    }

    /// <summary>Set by the second review (about four months in) for most children; long-term fostering matches confirmed for some.</summary>
    private static void Permanence(Random random, InCare c, DateOnly asAt, DateTime now, List<PermanencePlan> list)
    {
        var days = asAt.DayNumber - c.PeriodStart.DayNumber;
        if (days < 120 || random.NextDouble() < 0.08) return;
        var set = c.PeriodStart.AddDays(random.Next(60, 120));
        var place = c.Open.Place;
        var plan = CodeSets.IsPlacedForAdoption(place) || c.Open.Ls is "E1" or "D1" ? PermanenceGoal.Adoption
            : place == "P1" ? PermanenceGoal.ReturnToFamily
            : place is "U1" or "U2" or "U3" ? random.Next(10) switch { < 5 => PermanenceGoal.SpecialGuardianship, < 7 => PermanenceGoal.ChildArrangementsOrder, _ => PermanenceGoal.LongTermFostering }
            : c.Age >= 16 ? PermanenceGoal.SupportedIndependence
            : place is "K2" or "K1" ? PermanenceGoal.ResidentialCare
            : c.Open.Ls is "V2" or "J1" or "J2" or "J3" ? PermanenceGoal.ReturnToFamily
            : random.Next(20) switch { < 15 => PermanenceGoal.LongTermFostering, < 18 => PermanenceGoal.ReturnToFamily, _ => PermanenceGoal.SpecialGuardianship };
        DateOnly? achieved = null;
        if (plan == PermanenceGoal.LongTermFostering && asAt.DayNumber - set.DayNumber > 365 && random.NextDouble() < 0.5)
            achieved = set.AddDays(random.Next(90, 300));
        list.Add(new PermanencePlan { ChildId = c.Child.Id, Plan = plan, SetOn = set, AchievedOn = achieved, RecordedAtUtc = now });
    }

    /// <summary>A child who left care by adoption, an order or a return home achieved the plan on the day they left.</summary>
    private static void Achieved(Random random, Child child, DateTime now, List<PermanencePlan> list)
    {
        var last = child.Episodes.MaxBy(e => e.Decom)!;
        PermanenceGoal? plan = last.Rec switch
        {
            "E11" or "E12" => PermanenceGoal.Adoption,
            "E41" => PermanenceGoal.ChildArrangementsOrder,
            "E45" or "E46" or "E47" or "E48" => PermanenceGoal.SpecialGuardianship,
            "E13" => PermanenceGoal.ReturnToFamily,
            _ => null,
        };
        if (plan is null || last.Dec is not { } left) return;
        var start = child.Episodes.Min(e => e.Decom);
        var set = start.AddDays(Math.Min(random.Next(60, 150), Math.Max(0, left.DayNumber - start.DayNumber)));
        list.Add(new PermanencePlan { ChildId = child.Id, Plan = plan.Value, SetOn = set, AchievedOn = left, RecordedAtUtc = now });
    }

    /// <summary>
    /// About a third of children in care have a brother or sister in care, and about half of those live with one.
    /// Pairs living together come from children the generated placements already put at the same address; the
    /// rest are paired across placements (placed apart, with the reason), and a few are linked to a brother or sister
    /// who has left care.
    /// </summary>
    private static List<SiblingLink> Siblings(Random random, List<InCare> inCare, List<Child> left, DateTime now)
    {
        var links = new List<SiblingLink>();
        var linked = new HashSet<int>();
        var togetherPairs = inCare.Count / 12;
        var byAddress = inCare
            .Where(c => !string.IsNullOrWhiteSpace(c.Open.CarerName) && !string.IsNullOrWhiteSpace(c.Open.PlPost))
            .GroupBy(c => (Carer: c.Open.CarerName!.Trim().ToUpperInvariant(), Post: c.Open.PlPost!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()))
            .Where(g => g.Count() >= 2).Select(g => g.ToList()).ToList();
        Shuffle(random, byAddress);
        foreach (var home in byAddress)
        {
            for (var i = 0; i + 1 < home.Count && links.Count < togetherPairs; i += 2)
            {
                links.Add(Link(random, home[i].Child.Id, home[i + 1].Child.Id, together: true, null, now));
                linked.Add(home[i].Child.Id);
                linked.Add(home[i + 1].Child.Id);
            }
            if (links.Count >= togetherPairs) break;
        }

        var rest = inCare.Where(c => !linked.Contains(c.Child.Id)).ToList();
        Shuffle(random, rest);
        var apartPairs = Math.Min(inCare.Count / 12, rest.Count / 2);
        for (var i = 0; i < apartPairs; i++)
        {
            var reason = random.Next(10) switch { < 5 => ApartReason.AssessedBetterApart, < 9 => ApartReason.NoPlacementTogether, _ => ApartReason.Other };
            links.Add(Link(random, rest[2 * i].Child.Id, rest[2 * i + 1].Child.Id, together: false, reason, now));
        }
        var alone = rest.Skip(2 * apartPairs).ToList();
        Shuffle(random, left);
        for (var i = 0; i < Math.Min(inCare.Count / 25, Math.Min(alone.Count, left.Count)); i++)
        {
            links.Add(Link(random, alone[i].Child.Id, left[i].Id, together: false, ApartReason.OneNotInCare, now));
        }
        return links;
    }

    private static SiblingLink Link(Random random, int a, int b, bool together, ApartReason? reason, DateTime now)
    {
        var (first, second) = SiblingLink.Ordered(a, b);
        return new SiblingLink
        {
            ChildId = first, SiblingId = second,
            Relationship = random.Next(20) switch { < 11 => SiblingRelationship.Full, < 19 => SiblingRelationship.Half, _ => SiblingRelationship.Step },
            PlacedTogether = together, ApartReason = reason,
            ApartDetail = reason == ApartReason.Other ? "Big age gap: the elder is in supported accommodation preparing to leave care" : null,
            RecordedAtUtc = now,
        };
    }

    private static void Shuffle<T>(Random random, List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
