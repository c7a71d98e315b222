using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open at 31 March, this year's first episode continues it:
/// the reason for new episode (RNE) must be the same in both.
/// </summary>
public sealed class Rule503A : Rule
{
    public override string Code => "503A";
    public override string Message => "The reason for new episode in the first episode does not match open episode at end of last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.ContinuedFromLastYear(child, context) is not ({ } first, { } last)) return;
        if (first.Rne != last.Rne) errors.Flag(first, "RNE");
    }
}
