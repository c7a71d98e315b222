using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>
/// Each time a child started or ceased to be looked after in the reporting period (not under short breaks), a
/// social-worker episode should be reported around it: one starting on or after the day care began, or on or
/// before the day it ended. Flags the episode.
/// </summary>
public sealed class RuleSW12STG2 : Rule
{
    public override string Code => "SW12STG2";
    public override string Message => "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var from = SocialWorkerFacts.ReportingStart(context);
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls is "V3" or "V4") continue;
            if (episode.Dec.Date is { } dec ? dec < from || dec > context.End : episode.Dec.IsInvalid) continue;

            var starts = episode.Rne == "S" && episode.Decom.HasDate;
            // The DfE's tool also flags open episodes that neither start nor end care; they have no date to match.
            var ends = episode.Dec.HasDate && episode.Rec != "X1";
            if (!starts && !ends) continue;

            var matched = false;
            foreach (var sw in child.SWEpisodes)
            {
                if (sw.SwDecom.Date is not { } swStart) continue;
                if ((ends && swStart <= episode.Dec.Date) || (starts && swStart >= episode.Decom.Date))
                {
                    matched = true;
                    break;
                }
            }
            if (!matched) errors.Flag(episode, "SW_DECOM");
        }
    }
}
