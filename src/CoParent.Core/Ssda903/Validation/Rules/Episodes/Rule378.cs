using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child placed with parents (P1) is not looked after under a single period of section 20 accommodation (V2).</summary>
public sealed class Rule378 : Rule
{
    public override string Code => "378";
    public override string Message => "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Place == "P1" && episode.Ls == "V2") errors.Flag(episode, "LS", "PLACE");
        }
    }
}
