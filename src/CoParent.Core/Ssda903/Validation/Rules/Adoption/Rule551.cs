using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A child placed for adoption (A3 to A6) must have a PlacedAdoption row, and every such row a DATE_PLACED.</summary>
public sealed class Rule551 : Rule
{
    public override string Code => "551";
    public override string Message => "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool? decisionMissing = null;
        foreach (var episode in child.Episodes)
        {
            if (!CodeSets.IsPlacedForAdoption(episode.Place)) continue;
            decisionMissing ??= DecisionMissing(child);
            if (decisionMissing == true) errors.Flag(episode, "PLACE", "DATE_PLACED");
        }
    }

    private static bool DecisionMissing(ChildReturn child)
    {
        if (child.PlacedAdoption.Count == 0) return true;
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlaced.IsBlank) return true;
        }
        return false;
    }
}
