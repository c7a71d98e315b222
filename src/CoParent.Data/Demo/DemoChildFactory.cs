using CoParent.Core.Ssda903;
using System.Globalization;
using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Geography;

namespace CoParent.Data.Demo;

/// <summary>How a child's placements move, so that the stability measures come out as parameterised.</summary>
internal enum Stability
{
    /// <summary>A period that has ended: moves as they come.</summary>
    Free,
    /// <summary>At most two placements in the last 12 months.</summary>
    Normal,
    /// <summary>Three or more placements in the last 12 months.</summary>
    Unstable,
    /// <summary>Under 16, in care 2.5 years or more, same carers for 2 years or more.</summary>
    LongTermStable,
    /// <summary>Under 16, in care 2.5 years or more, but a new carer in the last 2 years.</summary>
    LongTermMoved,
}

/// <summary>A child in care on the as-at date, with what the allocations need to know.</summary>
internal sealed record InCareChild(Child Child, DateOnly PeriodStart, string Team);

/// <summary>
/// Makes fictional children and their SSDA903 episodes from one <see cref="Random"/>, so a seed always
/// gives the same council. Every episode chain follows the DfE's rules: a period starts with RNE S, each
/// change of placement or legal status starts a new episode the day the previous one ends (REC X1).
/// </summary>
internal sealed class DemoChildFactory(
    Random random, DemoDistributions d, DemoPostcodes postcodes, DemoProviders providers, DateOnly asAt, DateTime createdAtUtc)
{
    private const string UpnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private readonly HashSet<int> _personNumbers = [];
    private int _carers;

    public static readonly IReadOnlyDictionary<string, string> TeamByDistrict = new Dictionary<string, string>
    {
        ["E07000070"] = "Chelmsford CiC", ["E07000074"] = "Chelmsford CiC",
        ["E07000071"] = "Colchester CiC", ["E07000076"] = "Tendring CiC",
        ["E07000067"] = "Braintree CiC", ["E07000077"] = "Braintree CiC",
        ["E07000066"] = "Basildon CiC", ["E07000068"] = "Basildon CiC", ["E07000069"] = "Basildon CiC", ["E07000075"] = "Basildon CiC",
        ["E07000073"] = "Harlow CiC", ["E07000072"] = "Harlow CiC",
    };

    public const string UascTeam = "UASC team";

    public static readonly string[] Teams =
    [
        "Chelmsford CiC 1", "Chelmsford CiC 2", "Colchester CiC", "Tendring CiC", "Braintree CiC", "Basildon CiC", "Harlow CiC", UascTeam,
    ];

    public InCareChild NewChildInCare()
    {
        var uasc = random.NextDouble() < d.UascShare;
        var age = uasc ? d.UascAge.Pick(random) : Between(d.AgeInCare.Pick(random));
        var dob = BirthDate(age);
        var daysAlive = asAt.DayNumber - dob.DayNumber;
        var path = uasc ? CarePath.Accommodated : (age < 5 ? d.PathUnder5 : age < 12 ? d.Path5To11 : d.Path12Up).Pick(random);

        int days;
        if (uasc)
        {
            // Unaccompanied children arrive at 14 or over, and most have been here under three years.
            var sinceFourteen = asAt.DayNumber - dob.AddYears(14).DayNumber;
            days = random.Next(1, Math.Max(2, Math.Min(1000, sinceFourteen)));
        }
        else if (path == CarePath.Remand)
        {
            days = random.Next(7, 150);
        }
        else
        {
            days = Math.Clamp(Between(d.DaysInCare.Pick(random)), 1, Math.Max(1, daysAlive));
        }
        var start = asAt.AddDays(-days);
        if (path == CarePath.Adoption && (days < 240 || Age.On(dob, start) >= 3)) path = CarePath.CareOrder;

        Stability stability;
        if (days >= 3 && random.NextDouble() < d.ThreePlusPlacementsShare) stability = Stability.Unstable;
        else if (age < 16 && days >= 913)
        {
            stability = random.NextDouble() < d.LongTermStableShare / (1 - d.ThreePlusPlacementsShare)
                ? Stability.LongTermStable : Stability.LongTermMoved;
        }
        else stability = Stability.Normal;

        var child = NewPerson(dob, uasc, start, null);
        var home = HomePostcode();
        child.HomePostcode = home.Display;

        // Some came into care before, went home, and came back.
        if (!uasc && random.NextDouble() < d.EarlierPeriodShare && start.DayNumber - dob.DayNumber > 200)
        {
            var end = start.AddDays(-random.Next(30, Math.Min(720, start.DayNumber - dob.DayNumber - 100)));
            var earlierStart = end.AddDays(-random.Next(14, Math.Max(15, Math.Min(540, end.DayNumber - dob.DayNumber))));
            if (earlierStart >= dob && earlierStart < end)
            {
                child.Episodes.AddRange(Period(child, dob, home, earlierStart, end, random.NextDouble() < 0.8 ? "E4A" : "E4B",
                    random.NextDouble() < 0.5 ? CarePath.Accommodated : CarePath.CareOrder, Stability.Free, uasc));
            }
        }
        child.Episodes.AddRange(Period(child, dob, home, start, null, null, path, stability, uasc));

        var team = uasc ? UascTeam
            : TeamByDistrict.TryGetValue(home.LtlaCode, out var t) ? t
            : "Basildon CiC";
        if (team == "Chelmsford CiC") team = random.NextDouble() < 0.5 ? "Chelmsford CiC 1" : "Chelmsford CiC 2";
        return new InCareChild(child, start, team);
    }

    /// <summary>A young person aged 18 to 25 whose care ended at or after 16, having been looked after 13 weeks or more since 14.</summary>
    public Child NewCareLeaver()
    {
        var uasc = random.NextDouble() < d.CareLeaverUascShare;
        var age = d.CareLeaverAge.Pick(random);
        var dob = BirthDate(age);
        // A birthday on 29 February falls on 1 March in other years, as the DfE counts it (rules 205B and 460).
        var eighteenth = Age.Birthday(dob, dob.Year + 18);
        DateOnly start, end;
        string reason;
        CarePath path;
        if (uasc)
        {
            start = dob.AddYears(15).AddDays(random.Next(0, 900));
            end = eighteenth;
            reason = d.LeavingAt18.Pick(random);
            path = CarePath.Accommodated;
        }
        else
        {
            if (random.NextDouble() < d.LeavingBefore18Share)
            {
                end = dob.AddYears(16).AddDays(random.Next(0, 700));
                reason = d.LeavingBefore18.Pick(random);
            }
            else
            {
                end = eighteenth;
                reason = d.LeavingAt18.Pick(random);
            }
            var earliest = dob.AddYears(random.NextDouble() < 0.3 ? 8 : 13);
            var latest = end.AddDays(-91);
            start = earliest.AddDays(random.Next(0, Math.Max(1, latest.DayNumber - earliest.DayNumber)));
            path = random.NextDouble() < 0.8 ? CarePath.CareOrder : CarePath.Accommodated;
        }

        var child = NewPerson(dob, uasc, start, end);
        if (uasc) child.UascCeased = eighteenth;
        var home = HomePostcode();
        child.HomePostcode = home.Display;
        child.Episodes.AddRange(Period(child, dob, home, start, end, reason, path, Stability.Free, uasc));
        return child;
    }

    /// <summary>A child whose care ended before 16: home, adopted, special guardianship and so on.</summary>
    public Child NewPastChild()
    {
        var reason = d.PastEnding.Pick(random);
        var adopted = reason is "E11" or "E12";
        var ageAtEnd = adopted ? random.Next(1, 6) : reason is "E45" or "E46" or "E47" or "E48" or "E41" ? random.Next(1, 13)
            : reason == "E9" ? random.Next(14, 16) : random.Next(0, 16);
        var end = asAt.AddDays(-random.Next(30, 3650));
        var dob = end.AddYears(-ageAtEnd - 1).AddDays(1 + random.Next(0, 364));
        if (dob >= end) dob = end.AddDays(-30);
        var length = adopted ? random.Next(400, 900) : random.Next(30, 1500);
        var start = end.AddDays(-Math.Min(length, end.DayNumber - dob.DayNumber));
        var path = adopted ? CarePath.Adoption
            : reason is "E4A" or "E4B" or "E13" && random.NextDouble() < 0.5 ? CarePath.Accommodated
            : CarePath.CareOrder;
        if (path == CarePath.Adoption && Age.On(dob, start) >= 3)
        {
            // Too old at entry for the adoption path: then not adopted either (rule 390 needs an adoption placement).
            path = CarePath.CareOrder;
            reason = "E4A";
        }

        var child = NewPerson(dob, false, start, end);
        var home = HomePostcode();
        child.HomePostcode = home.Display;
        child.Episodes.AddRange(Period(child, dob, home, start, end, reason, path, Stability.Free, false));
        return child;
    }

    private Postcode HomePostcode() => random.NextDouble() < d.HomeInAreaShare
        ? DemoPostcodes.Pick(postcodes.InArea, random)
        : DemoPostcodes.Pick(postcodes.NearHomes, random);

    private int Between(IntRange span) => random.Next(span.From, span.To + 1);

    private DateOnly BirthDate(int age)
    {
        // Born so as to be exactly `age` on the as-at date (and never on the as-at date itself).
        var earliest = asAt.AddYears(-age - 1).AddDays(1);
        var latest = asAt.AddYears(-age);
        if (age == 0) latest = latest.AddDays(-1);
        return earliest.AddDays(random.Next(0, latest.DayNumber - earliest.DayNumber + 1));
    }

    private Child NewPerson(DateOnly dob, bool uasc, DateOnly careStart, DateOnly? careEnd)
    {
        var origin = uasc ? PickOrigin() : null;
        var sex = uasc
            ? (random.NextDouble() < d.UascMaleShare ? "M" : "F")
            : random.NextDouble() < d.UnknownSexShare ? "U" : random.NextDouble() < d.MaleShare ? "M" : "F";
        var ethnicity = origin?.Ethnicity ?? d.Ethnicity.Pick(random);
        var names = origin is not null ? DemoNames.ForUascOrigin(origin.Name) : DemoNames.ForEthnicity(ethnicity, random);
        var given = sex switch
        {
            "M" => Pick(names.Boys),
            "F" => Pick(names.Girls),
            _ => random.NextDouble() < 0.5 ? Pick(names.Boys) : Pick(names.Girls),
        };
        var family = ethnicity.StartsWith('M') && random.NextDouble() < 0.5 ? Pick(DemoNames.British.Family) : Pick(names.Family);
        var preferred = random.NextDouble() < d.PreferredNameShare && DemoNames.ShortForms.TryGetValue(given, out var shortForm) ? shortForm : null;

        var child = new Child
        {
            PersonId = NewPersonId(),
            GivenName = given,
            FamilyName = family,
            PreferredName = preferred,
            DateOfBirth = dob,
            Sex = sex,
            Ethnicity = ethnicity,
            Religion = origin?.Religion ?? Religion(ethnicity),
            FirstLanguage = origin?.Language ?? Language(ethnicity),
            IsUasc = uasc,
            // The return asks of every girl looked after whether she is a mother (rule 393); none of the demo's are.
            Mother = sex == "F" ? false : null,
            Version = NewGuid(),
            CreatedAtUtc = createdAtUtc,
        };
        if (random.NextDouble() < d.DisabilityShare)
        {
            child.HasDisability = true;
            child.DisabilityDetail = Pick(DemoNames.Disabilities);
        }

        // A unique pupil number once of school age while in care (newly arrived unaccompanied children have none yet).
        var lastInCare = careEnd ?? asAt;
        if (Age.On(dob, lastInCare) >= 4 && !(uasc && lastInCare.DayNumber - careStart.DayNumber < 180))
        {
            child.Upn = UpnLetters[random.Next(UpnLetters.Length)]
                + random.NextInt64(0, 1_000_000_000_000).ToString("D12", CultureInfo.InvariantCulture);
        }
        else
        {
            // The return records why there is no UPN (rule 442): not of school age, or never at an English school.
            child.Upn = uasc ? "UN2" : "UN1";
        }
        return child;
    }

    private UascOrigin PickOrigin()
    {
        var x = random.NextDouble() * d.UascOrigins.Sum(o => o.Weight);
        foreach (var origin in d.UascOrigins)
        {
            x -= origin.Weight;
            if (x < 0) return origin;
        }
        return d.UascOrigins[^1];
    }

    private string? Religion(string ethnicity)
    {
        if (ethnicity is "APKN" or "ABAN" && random.NextDouble() < 0.8) return "Muslim";
        if (ethnicity is "AIND" && random.NextDouble() < 0.6) return random.NextDouble() < 0.6 ? "Hindu" : "Sikh";
        var x = random.NextDouble();
        foreach (var (religion, weight) in DemoNames.Religions)
        {
            x -= weight;
            if (x < 0) return religion;
        }
        return null;
    }

    private string Language(string ethnicity) => ethnicity switch
    {
        "WOTH" when random.NextDouble() < 0.5 => Pick(["Polish", "Romanian", "Lithuanian", "Bulgarian"]),
        "WROM" when random.NextDouble() < 0.5 => "Romani",
        "APKN" when random.NextDouble() < 0.2 => "Urdu",
        "ABAN" when random.NextDouble() < 0.2 => "Bengali",
        "OOTH" when random.NextDouble() < 0.3 => Pick(["Turkish", "Kurdish", "Arabic"]),
        "CHNE" when random.NextDouble() < 0.3 => "Cantonese",
        _ => "English",
    };

    private string NewPersonId()
    {
        while (true)
        {
            var n = random.Next(1_000_000, 10_000_000);
            if (_personNumbers.Add(n)) return "C" + n.ToString(CultureInfo.InvariantCulture);
        }
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    /// <summary>One period of care as a chain of episodes from <paramref name="start"/> to <paramref name="end"/> (open when null).</summary>
    private List<CareEpisode> Period(
        Child child, DateOnly dob, Postcode home, DateOnly start, DateOnly? end, string? endReason, CarePath path, Stability stability, bool uasc)
    {
        var until = end ?? asAt;
        var cin = uasc ? "N8" : child.HasDisability && random.NextDouble() < 0.3 ? "N2" : d.CategoryOfNeed.Pick(random);
        var statuses = LegalStatuses(start, until, path);

        var moves = Moves(start, until, stability, end is null);
        DateOnly? adoptionPlacement = null;
        if (path == CarePath.Adoption && statuses.FirstOrDefault(s => s.Ls == "E1") is { Ls: "E1" } placementOrder)
        {
            var date = placementOrder.Date.AddDays(random.Next(30, 180));
            if (date < until)
            {
                adoptionPlacement = date;
                moves = [.. moves.Where(m => m < date), date];
            }
        }

        // Placements, each with the carers it is with (a long-term redesignation keeps the carers).
        var placements = new List<(DateOnly Date, DemoPlacement Placement, bool SameCarers)>();
        var starts = new List<DateOnly> { start };
        starts.AddRange(moves);
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i];
            var to = i + 1 < starts.Count ? starts[i + 1] : until;
            var ls = statuses.Last(s => s.Date <= from).Ls;
            var age = Age.On(dob, from);
            var kind = from == adoptionPlacement ? PlacementKind.Adoption
                : path == CarePath.Adoption ? PlacementKind.Foster
                : path == CarePath.Remand ? d.RemandPlacement.Pick(random)
                : uasc ? (age < 16 ? d.UascPlacementUnder16 : d.UascPlacement16Up).Pick(random)
                : (age < 5 ? d.PlacementUnder5 : age < 13 ? d.Placement5To12 : age < 16 ? d.Placement13To15 : d.Placement16Up).Pick(random);
            if (kind == PlacementKind.WithParents && ls is not ("C1" or "C2")) kind = PlacementKind.Foster;
            if (kind == PlacementKind.SupportedAccommodation && age < 16) kind = PlacementKind.Foster;

            var previous = placements.Count > 0 ? placements[^1].Placement : null;
            // A move from home to home is no move: rule 435 expects a new placement to differ from the last.
            if (kind == PlacementKind.WithParents && previous is { Kind: PlacementKind.WithParents }) kind = PlacementKind.Foster;
            if (kind == PlacementKind.Adoption && previous is { Kind: PlacementKind.Foster } && random.NextDouble() < 0.2)
            {
                // Adopted by their foster carers: placed for adoption with current foster carers (A5).
                placements.Add((from, previous with { Kind = PlacementKind.Adoption, Place = "A5", Provider = "PR1", Urn = providers.CouncilAdoptionUrn }, true));
                continue;
            }
            var placement = NewPlacement(kind, home, ls);
            // Only a child placed with parents lives at the home postcode (rule 392d).
            for (var tries = 0; placement.Place != "P1" && placement.Postcode?.Code == home.Code && tries < 5; tries++) placement = NewPlacement(kind, home, ls);
            // Moving to the very same home is no move (rule 435): draw again, or foster care.
            for (var tries = 0; previous is not null && SamePlace(previous, placement) && tries < 5; tries++) placement = NewPlacement(kind, home, ls);
            if (previous is not null && SamePlace(previous, placement)) placement = NewPlacement(PlacementKind.Foster, home, ls);
            placements.Add((from, placement, false));

            // Foster placements that last often become long-term with the same carers (U6 to U4, U3 to U1).
            if (placement.Place is "U6" or "U3" && to.DayNumber - from.DayNumber >= 365 && random.NextDouble() < d.LongTermRedesignationShare)
            {
                var when = from.AddDays(random.Next(180, 540));
                // Not in the last year of an open period, where it would look like one more placement.
                var latest = end is null ? until.AddDays(-365) : until;
                if (when < to && when < latest)
                {
                    placements.Add((when, placement with { Place = placement.Place == "U6" ? "U4" : "U1" }, true));
                }
            }
        }

        var dates = statuses.Select(s => s.Date).Concat(placements.Select(p => p.Date)).Distinct().Order().ToList();
        var episodes = new List<CareEpisode>(dates.Count);
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            var ls = statuses.Last(s => s.Date <= date).Ls;
            var current = placements.Last(p => p.Date <= date);
            var legalChange = i > 0 && statuses.Any(s => s.Date == date);
            var placementChange = i > 0 && current.Date == date;
            var rne = i == 0 ? "S"
                : legalChange && placementChange ? (current.SameCarers ? "U" : "B")
                : placementChange ? (current.SameCarers ? "T" : "P")
                : "L";
            DateOnly? dec = i + 1 < dates.Count ? dates[i + 1] : end;
            string? reasonPlaceChange = null;
            if (i + 1 < dates.Count && placements.FirstOrDefault(p => p.Date == dates[i + 1]) is { Placement: not null } next)
            {
                reasonPlaceChange = next.SameCarers ? "PLACE"
                    : next.Placement.Kind is PlacementKind.Adoption or PlacementKind.WithParents ? "CARPL"
                    : d.ReasonPlaceChange.Pick(random);
            }
            var pl = current.Placement;
            var la = pl.Postcode is null ? null : postcodes.PlacementLa(pl.Postcode);
            episodes.Add(new CareEpisode
            {
                Decom = date,
                Rne = rne,
                Ls = ls,
                Cin = cin,
                Place = pl.Place,
                PlaceProvider = pl.Provider,
                Dec = dec,
                // A special guardianship order to former foster carers needs foster carers (rule 516).
                Rec = i + 1 < dates.Count ? "X1"
                    : endReason is "E45" or "E46" && !CodeSets.IsFoster(pl.Place) ? (endReason == "E45" ? "E47" : "E48")
                    // Adopted only from a placement for adoption (rule 390); otherwise a child arrangements order.
                    : endReason is "E11" or "E12" && pl.Kind != PlacementKind.Adoption ? "E41"
                    : endReason,
                ReasonPlaceChange = reasonPlaceChange,
                // An unaccompanied child has no home postcode here, so no distance (rule 406).
                HomePost = uasc ? null : home.Display,
                PlPost = pl.Postcode?.Display,
                Urn = pl.Urn,
                CarerName = pl.CarerName,
                PlLa = la,
                PlLocation = postcodes.Location(la),
                PlDistance = pl.Postcode is null || uasc ? null : PlacementLocation.DistanceMiles(home, pl.Postcode),
            });
        }
        return episodes;
    }

    private List<(DateOnly Date, string Ls)> LegalStatuses(DateOnly start, DateOnly until, CarePath path)
    {
        var statuses = new List<(DateOnly Date, string Ls)>();
        void Then(ref DateOnly t, int days, string ls)
        {
            t = t.AddDays(days);
            if (t < until) statuses.Add((t, ls));
        }

        var t = start;
        switch (path)
        {
            case CarePath.Accommodated:
                statuses.Add((start, "V2"));
                break;
            case CarePath.Remand:
                statuses.Add((start, "J1"));
                break;
            default:
                var entry = path == CarePath.Adoption ? (random.NextDouble() < 0.75 ? "C1" : "L2") : d.CareOrderEntry.Pick(random);
                statuses.Add((start, entry));
                var now = entry;
                if (entry == "L1") { now = random.NextDouble() < 0.5 ? "C1" : "V2"; Then(ref t, random.Next(1, 4), now); }
                else if (entry == "L2") { now = "C1"; Then(ref t, random.Next(6, 9), now); }
                if (now == "V2" && (path == CarePath.Adoption || random.NextDouble() < d.AccommodatedToCareOrderShare))
                {
                    now = "C1";
                    Then(ref t, random.Next(14, 181), now);
                }
                if (now == "C1")
                {
                    if (path == CarePath.Adoption)
                    {
                        // The placement order is often made with the care order at the final hearing.
                        if (random.NextDouble() < 0.3) Then(ref t, random.Next(120, 300), "C2");
                        Then(ref t, random.Next(60, 240), "E1");
                    }
                    else
                    {
                        Then(ref t, random.Next(d.InterimOrderDays.From, d.InterimOrderDays.To + 1), "C2");
                    }
                }
                break;
        }
        return statuses;
    }

    private List<DateOnly> Moves(DateOnly start, DateOnly until, Stability stability, bool open)
    {
        var walk = new List<DateOnly>();
        var t = start;
        while (true)
        {
            t = t.AddDays(Between(d.PlacementDays.Pick(random)));
            if (t >= until) break;
            walk.Add(t);
        }
        if (!open || stability == Stability.Free) return walk;

        var yearAgo = until.AddDays(-365);
        var twoYearsAgo = until.AddDays(-730);
        var moves = walk.Where(m => m <= yearAgo).ToList();
        switch (stability)
        {
            case Stability.Normal:
            case Stability.LongTermMoved:
                if (walk.LastOrDefault(m => m > yearAgo) is var recent && recent != default) moves.Add(recent);
                if (stability == Stability.LongTermMoved && !moves.Any(m => m > twoYearsAgo))
                {
                    var from = Later(start, twoYearsAgo).DayNumber + 1;
                    var to = until.DayNumber - 30;
                    if (to > from) moves.Add(DateOnly.FromDayNumber(random.Next(from, to)));
                }
                break;
            case Stability.LongTermStable:
                moves.RemoveAll(m => m > twoYearsAgo);
                break;
            case Stability.Unstable:
                var windowStart = Later(start, yearAgo).DayNumber + 1;
                var windowEnd = until.DayNumber;
                var wanted = random.NextDouble() < 0.7 ? 2 : 3;
                var picked = new SortedSet<int>();
                for (var tries = 0; picked.Count < wanted && tries < 50 && windowEnd - windowStart >= wanted; tries++)
                {
                    picked.Add(random.Next(windowStart, windowEnd));
                }
                moves.AddRange(picked.Select(DateOnly.FromDayNumber));
                break;
        }
        return [.. moves.Distinct().Order()];
    }

    private static bool SamePlace(DemoPlacement a, DemoPlacement b) =>
        a.Place == b.Place && a.Provider == b.Provider && a.Urn == b.Urn && a.Postcode?.Code == b.Postcode?.Code;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private DemoPlacement NewPlacement(PlacementKind kind, Postcode home, string ls)
    {
        var carer = ++_carers;
        switch (kind)
        {
            case PlacementKind.Foster:
            {
                var provider = d.FosterProvider.Pick(random);
                var reach = provider == "PR1" ? d.InHouseFosterReach : d.AgencyFosterReach;
                var urn = provider == "PR1" ? providers.CouncilFosteringUrn : Pick(providers.Agencies).Urn;
                return new(kind, "U6", provider, postcodes.ForPlacement(reach, home, random), urn, CarerNames(), carer);
            }
            case PlacementKind.RelativeFoster:
                return new(kind, "U3", "PR1", postcodes.ForPlacement(d.RelativeReach, home, random), providers.CouncilFosteringUrn,
                    Pick(["Grandparents", "Grandmother", "Aunt", "Uncle and aunt", "Older sibling", "Family friend"]) + " (" + CarerNames() + ")", carer);
            case PlacementKind.ChildrensHome:
            {
                var childrensHome = Pick(providers.ChildrensHomes);
                return new(kind, "K2", childrensHome.Provider, childrensHome.Postcode, childrensHome.Urn, childrensHome.Name, carer);
            }
            case PlacementKind.SupportedAccommodation:
            {
                var setting = Pick(providers.SupportedAccommodation);
                return new(kind, "K3", setting.Provider, setting.Postcode, setting.Urn, setting.Name, carer);
            }
            case PlacementKind.WithParents:
                return new(kind, "P1", "PR0", home, null, Pick(["Mother", "Father", "Parents", "Mother and partner"]), carer);
            case PlacementKind.Adoption:
                return new(kind, ls == "E1" ? "A6" : "A4", "PR1", postcodes.ForPlacement(d.AdoptionReach, home, random),
                    providers.CouncilAdoptionUrn, "Prospective adopters (" + CarerNames() + ")", carer);
            default:
            {
                var institution = Pick(providers.YoungOffenderInstitutions);
                return new(kind, "R5", institution.Provider, institution.Postcode, null, institution.Name, carer);
            }
        }
    }

    private string CarerNames()
    {
        var names = Pick(DemoNames.Adults);
        var family = Pick(names.Family);
        return random.Next(10) switch
        {
            < 5 => $"Mr and Mrs {family}",
            < 8 => $"Ms {family}",
            8 => $"Mr {family}",
            _ => $"Ms {family} and Ms {Pick(Pick(DemoNames.Adults).Family)}",
        };
    }
}
