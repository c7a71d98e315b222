using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>SW_DECOM must be present and a DD/MM/YYYY date.</summary>
public sealed class RuleSW04STG1 : Rule
{
    public override string Code => "SW04STG1";
    public override string Message => "Date social worker episode began is not a valid date..";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.SWEpisodes)
        {
            if (!row.SwDecom.HasDate) errors.Flag(row, "SW_DECOM");
        }
    }
}
