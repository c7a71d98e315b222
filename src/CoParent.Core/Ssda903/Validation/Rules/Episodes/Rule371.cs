using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child placed in registered supported accommodation (K3) is at least 16 when the placement begins.</summary>
public sealed class Rule371 : Rule
{
    public override string Code => "371";
    public override string Message => "Child in supported accomodation not subject to children’s homes regulations should be at least 16.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The Python tool skips open episodes (it drops rows without DEC); the age check needs only DECOM and DOB.
        EpisodesFacts.FlagPlacementsBeforeAge(child, "K3", 16, errors);
    }
}
