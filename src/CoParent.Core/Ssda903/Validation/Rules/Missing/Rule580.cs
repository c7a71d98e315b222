using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>
/// A child still missing when they leave care at 18 (the missing period ends on the 18th birthday, the day the
/// episode ceased) must have the episode end with REC E8.
/// </summary>
public sealed class Rule580 : Rule
{
    public override string Code => "580";
    public override string Message => "Child is missing when cease being looked after but reason episode ceased not ‘E8’.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Missing.Count == 0) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Dec.Date is not { } dec || episode.Rec == "E8") continue;
            foreach (var row in child.Missing)
            {
                if (row.MisEnd.Date == dec && row.Dob.Date is { } dob && CareFacts.BirthdayAt(dob, 18) == dec)
                {
                    errors.Flag(episode, "REC");
                    break;
                }
            }
        }
    }
}
