namespace CoParent.Core.Measures;

/// <summary>
/// One figure on the dashboard. <see cref="Value"/> is a percentage, a rate or a count as <see cref="Unit"/>
/// says; it is null when there is nobody to work it out for. Counts have no denominator (0).
/// <see cref="ChildIds"/> are the children behind the numerator, for drill-down.
/// </summary>
public sealed record MeasureResult(
    string Id,
    string Name,
    string Definition,
    decimal? Value,
    int Numerator,
    int Denominator,
    string Unit,
    IReadOnlyList<int> ChildIds)
{
    public bool IsCount => Unit == MeasureUnits.Children;
}

public static class MeasureUnits
{
    public const string Children = "children";
    public const string Percent = "%";
    public const string Per10000 = "per 10,000";

    /// <summary>A rate per 100 that is not a share of people: one child can count more than once (the DfE suspension rate).</summary>
    public const string Per100 = "per 100";
    public const string Days = "days";
    public const string AverageScore = "average score";
    public const string Referrals = "referrals";

    /// <summary>Money in pounds (Pupil Premium Plus): a sum, not a count of children.</summary>
    public const string Pounds = "£";

    /// <summary>Meetings are about the council's diary, not a child: never suppressed.</summary>
    public const string Meetings = "meetings";
}

/// <summary>All the measures as at one date: headline figures and the breakdown tables.</summary>
public sealed record MeasureSet(DateOnly AsAt, IReadOnlyList<MeasureResult> Measures)
{
    public MeasureResult this[string id] => Measures.First(m => m.Id == id);

    public MeasureResult? Find(string id) => Measures.FirstOrDefault(m => m.Id == id);

    /// <summary>The rows of one breakdown table, e.g. <c>cla.age</c> gives <c>cla.age.under-1</c> and the rest, in order.</summary>
    public IReadOnlyList<MeasureResult> Breakdown(string prefix) =>
        Measures.Where(m => m.Id.StartsWith(prefix + ".", StringComparison.Ordinal)
                            && !m.Id[(prefix.Length + 1)..].Contains('.', StringComparison.Ordinal)
                            && !Headline.Contains(m.Id)).ToList();

    public static readonly IReadOnlyList<string> Headline =
    [
        "cla.count", "cla.rate-per-10000", "cla.placement.fostered", "cla.placement.fostered-in-house", "cla.uasc",
        "stability.short-term", "stability.long-term", "placement.over-20-miles", "placement.outside-council-area",
    ];
}
