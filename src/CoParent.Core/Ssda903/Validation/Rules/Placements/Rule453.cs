using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open and this year's first episode has the same RNE, PL_DISTANCE
/// must agree to within 0.2 miles (rounding of the same postcodes).
/// </summary>
public sealed class Rule453 : Rule
{
    public override string Code => "453";
    public override string Message => "Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.FirstEpisode(child) is not { } first) return;
        if (PlacementsFacts.LatestEpisode(context.LastYear(child)) is not { } last || !last.Dec.IsBlank) return;
        if (first.Rne != last.Rne || first.PlDistance is not { } now || last.PlDistance is not { } then) return;
        if (Math.Abs(now - then) >= 0.2 - 1e-9) errors.Flag(first, "PL_DISTANCE");
    }
}
