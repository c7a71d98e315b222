using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A placement for adoption under a placement order (A5, A6) needs legal status E1 (placement order).</summary>
public sealed class Rule408 : Rule
{
    public override string Code => "408";
    public override string Message => "Child is placed for adoption with a placement order, but no placement order has been recorded.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Place is "A5" or "A6" && episode.Ls != "E1") errors.Flag(episode, "LS", "PLACE");
        }
    }
}
