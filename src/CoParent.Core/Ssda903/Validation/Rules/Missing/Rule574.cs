using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>
/// A child's missing periods must not overlap: taken in order of ending, none may start before the one before it
/// ended, nor while it is still open. The later period is flagged.
/// </summary>
public sealed class Rule574 : Rule
{
    public override string Code => "574";
    public override string Message => "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var rows = child.Missing;
        if (rows.Count < 2) return;
        var periods = new List<(DateOnly, DateOnly?, int)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].MisStart.Date is { } start && !rows[i].MisEnd.IsInvalid) periods.Add((start, rows[i].MisEnd.Date, i));
        }
        var flagged = new List<int>();
        MissingFacts.FlagOverlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(periods), flagged);
        foreach (var i in flagged) errors.Flag(rows[i], "MIS_END", "MIS_START");
    }
}
