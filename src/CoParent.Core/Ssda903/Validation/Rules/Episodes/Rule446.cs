using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Legal status E1 (placement order) is not used for episodes that began before December 2005, when placement orders began.</summary>
public sealed class Rule446 : Rule
{
    public override string Code => "446";
    public override string Message => "E1 is not a valid code for episodes starting before December 2005.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    private static readonly DateOnly PlacementOrdersFrom = new(2005, 12, 1);

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls == "E1" && episode.Decom.Date < PlacementOrdersFrom) errors.Flag(episode, "DECOM", "LS");
        }
    }
}
