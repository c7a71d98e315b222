using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>
/// FOSTER_CARE must agree with the placement the child was adopted from: 0 (not by the foster carers) contradicts
/// A3/A5 (placed with current foster carers), 1 contradicts A4/A6. A1/A2 are retired codes the message still names.
/// </summary>
public sealed class Rule335 : Rule
{
    public override string Code => "335";
    public override string Message => "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        var ad1Flagged = new bool[child.AD1.Count];
        foreach (var episode in child.Episodes)
        {
            if (!CodeSets.IsAdopted(episode.Rec)) continue;
            var withFosterCarers = episode.Place is "A2" or "A3" or "A5";
            var notWithFosterCarers = episode.Place is "A1" or "A4" or "A6";
            var episodeFlagged = false;
            for (var i = 0; i < child.AD1.Count; i++)
            {
                var fosterCare = child.AD1[i].FosterCare;
                if (!(withFosterCarers && fosterCare == "0") && !(notWithFosterCarers && fosterCare == "1")) continue;
                if (!episodeFlagged) errors.Flag(episode, "PLACE");
                if (!ad1Flagged[i]) errors.Flag(child.AD1[i], "FOSTER_CARE");
                episodeFlagged = ad1Flagged[i] = true;
            }
        }
    }
}
