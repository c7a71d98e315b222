using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// When last year's return ended with an open episode, this year's first episode must start on that
/// episode's DECOM.
/// </summary>
public sealed class Rule502 : Rule
{
    public override string Code => "502";
    public override string Message => "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (PlacementsFacts.FirstEpisode(child) is not { } first || context.LastYear(child) is not { } lastYear) return;
        foreach (var e in lastYear.Episodes)
        {
            if (e.Dec.IsBlank && e.Decom.Date is { } decom && decom != first.Decom.Date)
            {
                errors.Flag(first, "DECOM");
                return;
            }
        }
    }
}
