using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A special guardianship order to former foster carers (REC E45, E46) needs a foster placement (U1 to U6).</summary>
public sealed class Rule516 : Rule
{
    public override string Code => "516";
    public override string Message => "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Rec is "E45" or "E46" && !CodeSets.IsFoster(episode.Place)) errors.Flag(episode, "PLACE", "REC");
        }
    }
}
