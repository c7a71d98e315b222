namespace CoParent.Core.Strategy;

/// <summary>What was revised in one measure between two frozen (or frozen and live) scorecards.</summary>
public sealed record LineChange(string MeasureId, string Name, ScorecardLine? Older, ScorecardLine? Newer)
{
    public bool Added => Older is null;
    public bool Removed => Newer is null;
    public bool ValueChanged => Older?.Value != Newer?.Value;
    public bool NumeratorChanged => Older?.Numerator != Newer?.Numerator;
    public bool DenominatorChanged => Older?.Denominator != Newer?.Denominator;
    public bool DefinitionChanged => Older?.Definition != Newer?.Definition;
    public bool TargetChanged => Older?.Target != Newer?.Target || Older?.Tolerance != Newer?.Tolerance;
    public bool RagChanged => Older?.Rag != Newer?.Rag;
}

/// <summary>
/// Compares two versions of the same period's scorecard, measure by measure, so the Panel can see what a later
/// correction to the records (or a new target, or a reworded definition) changed in a figure it has already read.
/// </summary>
public static class SnapshotDiff
{
    /// <summary>The measures that differ in any way, in the newer scorecard's order, then those it no longer has.</summary>
    public static IReadOnlyList<LineChange> Compare(IReadOnlyList<ScorecardLine> older, IReadOnlyList<ScorecardLine> newer)
    {
        var before = older.GroupBy(l => l.MeasureId).ToDictionary(g => g.Key, g => g.First());
        var after = newer.Select(l => l.MeasureId).ToHashSet();
        var changes = new List<LineChange>();
        foreach (var line in newer)
        {
            var was = before.GetValueOrDefault(line.MeasureId);
            if (was != line) changes.Add(new LineChange(line.MeasureId, line.Name, was, line));
        }
        changes.AddRange(older.Where(l => !after.Contains(l.MeasureId)).Select(l => new LineChange(l.MeasureId, l.Name, l, null)));
        return changes;
    }
}
