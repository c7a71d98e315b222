using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's latest episode was still open and this year's first episode has the same RNE (it is the
/// same episode carried over), PL_LA must be the same in both.
/// </summary>
public sealed class Rule452 : Rule
{
    public override string Code => "452";
    public override string Message => "Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.FirstEpisode(child) is not { } first) return;
        if (PlacementsFacts.LatestEpisode(context.LastYear(child)) is not { } last || !last.Dec.IsBlank) return;
        if (first.Rne == last.Rne && first.PlLa != last.PlLa) errors.Flag(first, "PL_LA");
    }
}
