using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A short break under V3 lasts no more than 17 days; an open one runs to the end of the year.</summary>
public sealed class Rule365 : Rule
{
    public override string Code => "365";
    public override string Message => "Any individual short- term respite placement must not exceed 17 days.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls == "V3" && episode.Decom.Date is { } decom && EpisodesFacts.EndOrYearEnd(episode, context) is { } end
                && end.DayNumber - decom.DayNumber > 17)
            {
                errors.Flag(episode, "DEC", "DECOM", "LS");
            }
        }
    }
}
