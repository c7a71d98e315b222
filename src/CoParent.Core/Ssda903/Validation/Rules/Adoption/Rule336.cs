using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A placement for adoption with consent (A3, A4) must follow a foster or adoption placement (U1-U6, A3-A6).</summary>
public sealed class Rule336 : Rule
{
    public override string Code => "336";
    public override string Message => "Child does not have a foster placement immediately prior to being placed for adoption.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Place is not ("A3" or "A4") || episode.Decom.Date is null) continue;
            var before = episodes[i - 1].Place;
            if (!CodeSets.IsPlacedForAdoption(before) && !CodeSets.IsFoster(before)) errors.Flag(episode, "PLACE");
        }
    }
}
