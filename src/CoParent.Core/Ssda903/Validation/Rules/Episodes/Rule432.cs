using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>After an episode that ended the period of care (any REC but X1), the next episode has RNE S.</summary>
public sealed class Rule432 : Rule
{
    public override string Code => "432";
    public override string Message => "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        for (var i = 1; i < episodes.Count; i++)
        {
            var previousRec = episodes[i - 1].Rec;
            if (previousRec is not (null or "X1") && CodeSets.ReasonEpisodeCeased.Contains(previousRec) && episodes[i].Rne != "S")
            {
                errors.Flag(episodes[i], "RNE");
            }
        }
    }
}
