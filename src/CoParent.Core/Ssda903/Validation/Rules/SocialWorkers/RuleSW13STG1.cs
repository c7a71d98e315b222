using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>
/// SW_REASON, when given, must be in the code set; it is required for episodes starting on or after 1 April 2023,
/// except the child's first episode of the year (or the one still open at its start), which has no change to explain.
/// </summary>
public sealed class RuleSW13STG1 : Rule
{
    public override string Code => "SW13STG1";
    public override string Message => "The reason for social worker change is not valid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        SwEpisodeRow? exempt = null;
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwReason is { } reason)
            {
                if (!SocialWorkerFacts.IsReason(reason)) errors.Flag(row, "SW_REASON");
                continue;
            }
            // ssda903.md §3: required from 1 April 2023 (the Python tool asks it of older episodes too).
            if (row.SwDecom.Date is not { } start || start < SocialWorkerFacts.ReasonRequiredFrom) continue;
            exempt ??= FirstOfYear(child, context);
            if (!ReferenceEquals(row, exempt)) errors.Flag(row, "SW_REASON");
        }
    }

    /// <summary>The episode open at the collection start, or failing that the first to start in the year.</summary>
    private static SwEpisodeRow? FirstOfYear(ChildReturn child, RuleContext context)
    {
        SwEpisodeRow? carried = null;
        SwEpisodeRow? first = null;
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDecom.Date is not { } start) continue;
            if (start < context.Start)
            {
                if (carried is null || start >= carried.SwDecom.Date) carried = row;
            }
            else if (first is null || start < first.SwDecom.Date)
            {
                first = row;
            }
        }
        if (carried is not null && (carried.SwDec.IsBlank || carried.SwDec.Date >= context.Start)) return carried;
        return first;
    }
}
