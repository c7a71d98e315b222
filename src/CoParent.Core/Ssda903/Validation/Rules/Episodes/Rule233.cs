using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>An episode that has not ceased (no DEC) has no reason for placement change (from 2025/26).</summary>
public sealed class Rule233 : Rule
{
    public override string Code => "233";
    public override string Message => "Reason for placement change is not required when the episode has not ceased.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The Python tool reads a column DATE_EPISODE_CEASED that the return does not have; DEC is meant.
        foreach (var episode in child.Episodes)
        {
            if (episode.Dec.IsBlank && episode.ReasonPlaceChange is not null) errors.Flag(episode, "REASON_PLACE_CHANGE");
        }
    }
}
