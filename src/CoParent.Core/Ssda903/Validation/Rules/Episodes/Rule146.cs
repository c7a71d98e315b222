using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>PLACE, when given, is in the placement-type list from 2025/26: no H5, P2 or Z1; K3 and Z11 to Z14 allowed.</summary>
public sealed class Rule146 : Rule
{
    public override string Code => "146";
    public override string Message => "Placement type code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Place is not null && !CodeSets.PlacementType.Contains(episode.Place)) errors.Flag(episode, "PLACE");
        }
    }
}
