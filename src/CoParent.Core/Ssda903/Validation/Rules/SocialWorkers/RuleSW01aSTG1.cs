using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>Every social-worker episode needs a start date; one starting before 1 April 2023 also needs SW_ID.</summary>
public sealed class RuleSW01aSTG1 : Rule
{
    public override string Code => "SW01aSTG1";
    public override string Message => "For each social worker episode, information should be complete";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDecom.IsBlank || (row.SwDecom.Date < SocialWorkerFacts.ReasonRequiredFrom && row.SwId is null))
            {
                errors.Flag(row, "SW_DECOM", "SW_ID");
            }
        }
    }
}
