using CoParent.Core.Children;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Measures;

/// <summary>
/// The "About the children in our care" measures (issue 3 §5) as at a date, worked out from the children's
/// episodes alone. Definitions follow the DfE's: measures.md §1 (children looked after on a date), §2 (placement
/// stability) and §3 (placement location and distance); PL_LOCATION and PL_DISTANCE as ssda903.md §4 derives them.
/// </summary>
public static class ChildrenInCareMeasures
{
    public const decimal DistantMiles = 20m;

    /// <summary>A child in care on the date, with what every measure asks about them worked out once.</summary>
    private sealed record InCare(ChildHistory Child, EpisodeFacts Open, int Age, IReadOnlyList<Placement> Placements);

    public static MeasureSet Calculate(IEnumerable<ChildHistory> children, DateOnly asAt, int under18Population)
    {
        var inCare = InCareOn(children, asAt);
        var count = inCare.Count;
        var all = inCare.Select(c => c.Child.ChildId).ToList();
        var measures = new List<MeasureResult>
        {
            new("cla.count", "Children in our care",
                "Children with an episode of care open on the date: it began on or before the date and had not ended by it. " +
                "Children on an agreed series of short breaks (legal status V3 or V4) are not counted, as the DfE does not count them.",
                count, count, 0, MeasureUnits.Children, all),
            new("cla.rate-per-10000", "Children in our care per 10,000 children",
                "Children in our care for every 10,000 children under 18 living in the council's area (ONS mid-year estimate).",
                under18Population > 0 ? Math.Round(count * 10_000m / under18Population, 1) : null,
                count, under18Population, MeasureUnits.Per10000, all),
        };

        var fostered = inCare.Where(c => CodeSets.IsFoster(c.Open.Place)).ToList();
        measures.Add(Percent("cla.placement.fostered", "Living in foster care",
            "Children in our care whose placement is with foster carers (placement types U1 to U6), out of all children in our care.",
            fostered, inCare));
        measures.Add(Percent("cla.placement.fostered-in-house", "Fostered by the council's own carers",
            "Children in foster care whose carers are the council's own (placement provider PR1), out of all children in foster care.",
            fostered.Where(c => c.Open.PlaceProvider == "PR1").ToList(), fostered));

        var uasc = inCare.Where(c => c.Child.IsUasc && (c.Child.UascCeased is null || c.Child.UascCeased > asAt)).ToList();
        measures.Add(Count("cla.uasc", "Unaccompanied children seeking asylum",
            "Children in our care who are unaccompanied asylum-seeking children (separated migrant children) on the date.", uasc));

        measures.AddRange(ShortTermStability(inCare, asAt));
        measures.AddRange(LongTermStability(inCare, asAt));
        measures.AddRange(Location(inCare));

        measures.AddRange(Breakdown(inCare, c => Age.Band(c.Age), Age.Bands, band => (
            $"cla.age.{Slug(band)}", $"Aged {band.ToLowerInvariant()}",
            $"Children in our care aged {band.ToLowerInvariant()} on the date, out of all children in our care.")));
        measures.AddRange(Breakdown(inCare, c => c.Child.Sex.ToUpperInvariant(), CodeSets.Sex.Codes.Select(s => s.Code), code => (
            $"cla.sex.{Slug(CodeSets.Sex.Describe(code))}", CodeSets.Sex.Describe(code),
            $"Children in our care recorded as {CodeSets.Sex.Describe(code).ToLowerInvariant()} (SSDA903 SEX {code}), out of all children in our care.")));
        measures.AddRange(Breakdown(inCare, c => CodeSets.EthnicGroup(c.Child.Ethnicity), CodeSets.EthnicGroups, group => (
            $"cla.ethnicity.{EthnicSlug(group)}", group,
            $"Children in our care in the DfE's ethnic group \"{group}\", out of all children in our care.")));
        measures.AddRange(Breakdown(inCare, c => c.Open.Ls.ToUpperInvariant(),
            CodeSets.LegalStatus.Codes.Select(ls => ls.Code).Where(code => !CodeSets.IsShortBreak(code)), code => (
            $"cla.legal-status.{code}", $"{CodeSets.LegalStatus.Describe(code)} ({code})",
            $"Children in our care whose legal status on the date is {code}, out of all children in our care.")));
        measures.AddRange(Breakdown(inCare, c => CodeSets.PlacementGroup(c.Open.Place), CodeSets.PlacementGroups, group => (
            $"cla.placement.{PlacementSlug(group)}", group,
            $"Children in our care whose placement on the date is in the group \"{group}\", out of all children in our care.")));

        return new MeasureSet(asAt, measures);
    }

    /// <summary>
    /// Looked after on the date: an open episode, not under an agreed series of short breaks (measures.md §2:
    /// V3/V4 are left out of every "looked after on 31 March" cohort).
    /// </summary>
    private static List<InCare> InCareOn(IEnumerable<ChildHistory> children, DateOnly asAt)
    {
        var inCare = new List<InCare>();
        foreach (var child in children)
        {
            var open = CareHistory.OpenEpisode(child.Episodes, asAt);
            if (open is not null && !CodeSets.IsShortBreak(open.Ls))
            {
                inCare.Add(new InCare(child, open, Age.On(child.DateOfBirth, asAt), CareHistory.Placements(child.Episodes, asAt)));
            }
        }
        return inCare;
    }

    /// <summary>measures.md §2, short-term stability: 3 or more placements during the 12 months up to the date.</summary>
    private static IEnumerable<MeasureResult> ShortTermStability(List<InCare> inCare, DateOnly asAt)
    {
        var from = asAt.AddYears(-1).AddDays(1);
        var unstable = inCare.Where(c => c.Placements
            .Count(p => !p.IsTemporary && p.Overlaps(from, asAt)) >= 3).ToList();
        yield return Percent("stability.short-term", "Three or more placements in the last 12 months",
            "Children in our care who lived in 3 or more placements at some time in the 12 months up to the date, out of all " +
            "children in our care. A placement is a spell with the same carers: a change of legal status alone, or a move with " +
            "the same carers, is not a new placement; temporary placements (hospital, holidays, short stays) are not counted.",
            unstable, inCare);
    }

    /// <summary>
    /// measures.md §2, long-term stability: of children under 16 looked after continuously for at least 2.5 years,
    /// those living with the same carers for at least 2 years.
    /// </summary>
    private static IEnumerable<MeasureResult> LongTermStability(List<InCare> inCare, DateOnly asAt)
    {
        var cohort = inCare.Where(c => c.Age < 16
            && CareHistory.PeriodOfCareStart(c.Child.Episodes, asAt) is { } start && start <= asAt.AddMonths(-30)).ToList();
        var stable = cohort.Where(c => c.Placements
            .LastOrDefault(p => !p.IsTemporary) is { } current && current.Start <= asAt.AddYears(-2)).ToList();
        yield return Percent("stability.long-term", "Same carers for 2 years or more",
            "Children in our care under 16 who have been in care without a break for at least two and a half years, and who have " +
            "lived with the same carers for at least the last 2 years, out of all children under 16 in care that long.",
            stable, cohort);
    }

    /// <summary>measures.md §3: distance from home (PL_DISTANCE) and inside or outside the council's area (PL_LOCATION).</summary>
    private static IEnumerable<MeasureResult> Location(List<InCare> inCare)
    {
        yield return Percent("placement.over-20-miles", "Living more than 20 miles from home",
            "Children in our care whose placement is more than 20 miles in a straight line from their home postcode, out of all " +
            "children in our care (children whose distance is not known count in the total but not as more than 20 miles).",
            inCare.Where(c => c.Open.PlDistance is { } miles && (decimal)miles > DistantMiles).ToList(), inCare);
        yield return Percent("placement.outside-council-area", "Living outside the council's area",
            "Children in our care whose placement's postcode is outside the council's area, out of all children in our care " +
            "(children whose placement postcode is not known count in the total but not as outside).",
            inCare.Where(c => string.Equals(c.Open.PlLocation, "OUT", StringComparison.OrdinalIgnoreCase)).ToList(), inCare);
        yield return Count("placement.distance-not-known", "Distance from home not known",
            "Children in our care whose distance from home cannot be worked out, because the home or placement postcode is missing or not recognised.",
            inCare.Where(c => c.Open.PlDistance is null).ToList());
        yield return Count("placement.location-not-known", "Placement location not known",
            "Children in our care whose placement postcode is missing or not recognised, so we cannot say if it is inside the council's area.",
            inCare.Where(c => c.Open.PlLocation is null).ToList());
    }

    /// <summary>One row per key, in the order given, each a percentage of all children in care; grouped in one pass.</summary>
    private static IEnumerable<MeasureResult> Breakdown(
        List<InCare> inCare, Func<InCare, string> key, IEnumerable<string> keys, Func<string, (string Id, string Name, string Definition)> describe)
    {
        var groups = inCare.ToLookup(key);
        return keys.Select(k =>
        {
            var (id, name, definition) = describe(k);
            return Percent(id, name, definition, groups[k].ToList(), inCare);
        });
    }

    private static MeasureResult Percent(string id, string name, string definition, List<InCare> numerator, List<InCare> denominator) =>
        new(id, name, definition,
            denominator.Count == 0 ? null : Math.Round(numerator.Count * 100m / denominator.Count, 1),
            numerator.Count, denominator.Count, MeasureUnits.Percent, numerator.Select(c => c.Child.ChildId).ToList());

    private static MeasureResult Count(string id, string name, string definition, List<InCare> children) =>
        new(id, name, definition, children.Count, children.Count, 0, MeasureUnits.Children, children.Select(c => c.Child.ChildId).ToList());

    private static string Slug(string text) => text.ToLowerInvariant() switch
    {
        "1 to 4" => "1-4",
        "5 to 9" => "5-9",
        "10 to 15" => "10-15",
        "16 and over" => "16-plus",
        var other => other.Replace(' ', '-'),
    };

    private static string EthnicSlug(string group) => group switch
    {
        "White" => "white",
        "Mixed or multiple ethnic groups" => "mixed",
        "Asian or Asian British" => "asian",
        "Black, African, Caribbean or Black British" => "black",
        "Other ethnic group" => "other",
        _ => "not-known",
    };

    private static string PlacementSlug(string group) => group switch
    {
        "Foster care with relatives or friends" => "foster-relatives-friends",
        "Foster care with other carers" => "foster-other-carers",
        "Placed for adoption" => "placed-for-adoption",
        "Children's homes and residential settings" => "residential",
        "Supported accommodation" => "supported-accommodation",
        "Placed with parents" => "placed-with-parents",
        "Health, family centre or custody" => "health-family-centre-custody",
        "Temporary placement" => "temporary",
        _ => "other",
    };
}
