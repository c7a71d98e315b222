using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>An adoption (REC E11/E12) is not expected on the same day the child was matched with adopters (DATE_MATCH).</summary>
public sealed class Rule582 : Rule
{
    public override string Code => "582";
    public override string Message => "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0) return;
        foreach (var episode in child.Episodes)
        {
            if (!CodeSets.IsAdopted(episode.Rec) || episode.Dec.Date is not { } dec) continue;
            foreach (var row in child.AD1)
            {
                if (row.DateMatch.Date != dec) continue;
                errors.Flag(episode, "DEC", "DATE_MATCH");
                break;
            }
        }
    }
}
