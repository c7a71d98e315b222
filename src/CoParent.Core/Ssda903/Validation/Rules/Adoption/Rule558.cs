using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// A child who was adopted (REC E11/E12) cannot have had every decision to place for adoption reversed: at least one
/// PlacedAdoption row must have DATE_PLACED_CEASED blank.
/// </summary>
public sealed class Rule558 : Rule
{
    public override string Code => "558";
    public override string Message => "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The Python tool flags only when two reversals fall in the same calendar year; the DfE rule is that an
        // adopted child's decision stays open, so any child whose decisions are all reversed is flagged here.
        if (child.PlacedAdoption.Count == 0) return;
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlacedCeased.IsBlank) return;
        }
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsAdopted(episode.Rec)) errors.Flag(episode, "REC", "DATE_PLACED_CEASED");
        }
    }
}
