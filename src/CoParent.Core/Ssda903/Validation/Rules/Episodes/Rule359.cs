using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A young person 18 or over at the end of the year whose episode is still open is accommodated under section 20 (V2) in a children's home (K2).</summary>
public sealed class Rule359 : Rule
{
    public override string Code => "359";
    public override string Message => "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (EpisodesFacts.Birthday(child, 18) is not { } eighteenth || eighteenth >= context.End) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Dec.IsBlank && !(episode.Ls == "V2" && episode.Place == "K2")) errors.Flag(episode, "DEC", "LS", "PLACE");
        }
    }
}
