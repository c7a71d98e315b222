using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open at 31 March, this year's first episode continues it:
/// the placement location (PL_LOCATION) must be the same in both.
/// </summary>
public sealed class Rule503J : Rule
{
    public override string Code => "503J";
    public override string Message => "The placement location in first episode does not match open episode at end of last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.ContinuedFromLastYear(child, context) is not ({ } first, { } last)) return;
        if (first.PlLocation != last.PlLocation) errors.Flag(first, "PL_LOCATION");
    }
}
