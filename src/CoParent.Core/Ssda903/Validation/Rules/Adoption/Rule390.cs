using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>An episode that ends in adoption (REC E11/E12) must be a placement for adoption (A3 to A6).</summary>
public sealed class Rule390 : Rule
{
    public override string Code => "390";
    public override string Message => "Reason episode ceased is adopted but child has not been previously placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (CodeSets.IsAdopted(episode.Rec) && !CodeSets.IsPlacedForAdoption(episode.Place)) errors.Flag(episode, "PLACE", "REC");
        }
    }
}
