using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open at 31 March, this year's first episode continues it:
/// the distance (PL_DISTANCE, to 0.1 mile) must be the same in both.
/// </summary>
public sealed class Rule503G : Rule
{
    public override string Code => "503G";
    public override string Message => "The distance in first episode does not match open episode at end of last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.ContinuedFromLastYear(child, context) is not ({ } first, { } last)) return;
        var same = first.PlDistance is { } now && last.PlDistance is { } then
            ? Math.Round(now, 1) == Math.Round(then, 1)
            : first.PlDistance is null && last.PlDistance is null;
        if (!same) errors.Flag(first, "PL_DISTANCE");
    }
}
