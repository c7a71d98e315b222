using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>A social-worker episode's end date must fall between the start of the reporting period (1 April a year before the collection year) and 31 March.</summary>
public sealed class RuleSW07STG2 : Rule
{
    public override string Code => "SW07STG2";
    public override string Message => "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var from = SocialWorkerFacts.ReportingStart(context);
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDec.Date is { } end && (end < from || end > context.End)) errors.Flag(row, "SW_DEC");
        }
    }
}
