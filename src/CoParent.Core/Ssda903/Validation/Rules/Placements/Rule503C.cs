using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open at 31 March, this year's first episode continues it:
/// the category of need (CIN) must be the same in both.
/// </summary>
public sealed class Rule503C : Rule
{
    public override string Code => "503C";
    public override string Message => "The category of need in the first episode does not match open episode at end of last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.ContinuedFromLastYear(child, context) is not ({ } first, { } last)) return;
        if (first.Cin != last.Cin) errors.Flag(first, "CIN");
    }
}
