using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Short breaks under V3 add up to no more than 75 days in the collection year (the 12-month period the return covers).</summary>
public sealed class Rule367 : Rule
{
    public override string Code => "367";
    public override string Message => "The maximum amount of respite care allowable is 75 days in any 12-month period.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    private static int DaysInYear(EpisodeRow episode, RuleContext context)
    {
        if (episode.Ls != "V3" || episode.Decom.Date is not { } decom || EpisodesFacts.EndOrYearEnd(episode, context) is not { } end) return 0;
        var from = decom < context.Start ? context.Start : decom;
        var to = end > context.End ? context.End : end;
        return Math.Max(0, to.DayNumber - from.DayNumber);
    }

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // As the Python tool does: days of V3 inside the collection year, summed; a rolling window is not used.
        var total = 0;
        foreach (var episode in child.Episodes) total += DaysInYear(episode, context);
        if (total <= 75) return;
        foreach (var episode in child.Episodes)
        {
            if (DaysInYear(episode, context) > 0) errors.Flag(episode, "DEC", "DECOM", "LS");
        }
    }
}
