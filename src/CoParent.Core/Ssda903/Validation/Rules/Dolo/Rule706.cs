using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>
/// A DoLO still open in last year's return must carry on this year: the child's earliest DoLO this year must
/// start on the same day as last year's open one (as rule 576 for missing periods).
/// </summary>
public sealed class Rule706 : Rule
{
    public override string Code => "706";
    public override string Message => "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override bool UsesPreviousYear => true;
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // 2025/26 returns have no DoLO table, so in 2026/27 this finds nothing to compare with.
        if (child.DoLo.Count == 0 || context.LastYear(child) is not { } last || last.DoLo.Count == 0) return;

        DoloRow? first = null;
        foreach (var row in child.DoLo)
        {
            if (first is null || (row.DoloStart.Date is { } start && (first.DoloStart.Date is not { } firstStart || start < firstStart))) first = row;
        }
        if (first is null || first.DoloStart.IsInvalid) return;

        foreach (var open in last.DoLo)
        {
            if (open.DoloEnd.IsBlank && open.DoloStart.Date is { } openStart && first.DoloStart.Date != openStart)
            {
                errors.Flag(first, "DOLO_START");
                return;
            }
        }
    }
}
