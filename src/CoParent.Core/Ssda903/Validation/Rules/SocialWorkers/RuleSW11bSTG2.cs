using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>When the child's latest social-worker episode ended before 31 March, a later episode should follow it.</summary>
public sealed class RuleSW11bSTG2 : Rule
{
    public override string Code => "SW11bSTG2";
    public override string Message => "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The Python tool's version flags every child with one episode; we follow the DfE's message.
        if (SocialWorkerFacts.Latest(child) is { } latest && latest.SwDec.Date < context.End) errors.Flag(latest, "SW_DEC");
    }
}
