using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>REASON_PLACE_CHANGE, when given, is one of the DfE reasons for a placement change.</summary>
public sealed class Rule1009 : Rule
{
    public override string Code => "1009";
    public override string Message => "Reason for placement change is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.ReasonPlaceChange is not null && !CodeSets.ReasonPlaceChange.Contains(episode.ReasonPlaceChange)) errors.Flag(episode, "REASON_PLACE_CHANGE");
        }
    }
}
