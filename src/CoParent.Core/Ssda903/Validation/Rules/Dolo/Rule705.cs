using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903.Validation.Rules.Missing;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>
/// A child's DoLOs must not overlap: taken in order of ending, none may start before the one before it ended, nor
/// while it is still open (as rule 574 for missing periods). The later order is flagged.
/// </summary>
public sealed class Rule705 : Rule
{
    public override string Code => "705";
    public override string Message => "A DoLO cannot start when the previous DoLO is still open.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var rows = child.DoLo;
        if (rows.Count < 2) return;
        var periods = new List<(DateOnly, DateOnly?, int)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].DoloStart.Date is { } start && !rows[i].DoloEnd.IsInvalid) periods.Add((start, rows[i].DoloEnd.Date, i));
        }
        var flagged = new List<int>();
        MissingFacts.FlagOverlaps(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(periods), flagged);
        foreach (var i in flagged) errors.Flag(rows[i], "DOLO_END", "DOLO_START");
    }
}
