using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>The child's latest social-worker episode should still be open at 31 March (no SW_DEC).</summary>
public sealed class RuleSW17STG2 : Rule
{
    public override string Code => "SW17STG2";
    public override string Message => "There is no social worker episode open at 31 March";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (SocialWorkerFacts.Latest(child) is { } latest && latest.SwDec.HasDate) errors.Flag(latest, "SW_DEC", "SW_DECOM");
    }
}
