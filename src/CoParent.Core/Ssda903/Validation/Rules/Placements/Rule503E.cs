using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open at 31 March, this year's first episode continues it:
/// the placement provider (PLACE_PROVIDER) must be the same in both.
/// </summary>
public sealed class Rule503E : Rule
{
    public override string Code => "503E";
    public override string Message => "The placement provider in the first episode does not match open episode at end of last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.ContinuedFromLastYear(child, context) is not ({ } first, { } last)) return;
        if (first.PlaceProvider != last.PlaceProvider) errors.Flag(first, "PLACE_PROVIDER");
    }
}
