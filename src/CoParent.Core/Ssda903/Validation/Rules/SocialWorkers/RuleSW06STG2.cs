using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>A social-worker episode cannot start after the collection year ends (31 March).</summary>
public sealed class RuleSW06STG2 : Rule
{
    public override string Code => "SW06STG2";
    public override string Message => "Social worker episode data should be within the social worker data reporting year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDecom.Date > context.End) errors.Flag(row, "SW_DECOM");
        }
    }
}
