using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A first episode that began before the collection year must be last year's latest episode: same DECOM.
/// </summary>
public sealed class Rule562 : Rule
{
    public override string Code => "562";
    public override string Message => "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.FirstEpisode(child) is not { } first || first.Decom.Date >= context.Start) return;
        var last = PlacementsFacts.LatestEpisode(context.LastYear(child));
        if (last is null || last.Decom.Date != first.Decom.Date) errors.Flag(first, "DECOM");
    }
}
