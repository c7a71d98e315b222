using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>From 1 April 2015, a placement for adoption with current foster carers (A3 or A5) starts with RNE S, T or U.</summary>
public sealed class Rule217 : Rule
{
    public override string Code => "217";
    public override string Message => "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    private static readonly DateOnly PlacementsFromDate = new(2015, 4, 1);

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Place is "A3" or "A5" && episode.Decom.Date >= PlacementsFromDate && episode.Rne is not ("S" or "T" or "U"))
            {
                errors.Flag(episode, "DECOM", "PLACE", "RNE");
            }
        }
    }
}
