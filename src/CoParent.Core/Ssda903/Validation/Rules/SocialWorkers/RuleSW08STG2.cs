using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>Every social-worker episode but the child's latest must have ended (SW_DEC).</summary>
public sealed class RuleSW08STG2 : Rule
{
    public override string Code => "SW08STG2";
    public override string Message => "A new social worker episode has started, but the previous episode has not ended.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.SWEpisodes.Count < 2 || SocialWorkerFacts.InOrder(child) is not { Length: > 1 } ordered) return;
        for (var i = 0; i < ordered.Length - 1; i++)
        {
            if (ordered[i].SwDec.IsBlank) errors.Flag(ordered[i], "SW_DEC");
        }
    }
}
