using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>DEC and REC go together: both given or both blank.</summary>
public sealed class Rule148 : Rule
{
    public override string Code => "148";
    public override string Message => "Date episode ceased and reason episode ceased must both be coded, or both left blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Dec.IsBlank != (episode.Rec is null)) errors.Flag(episode, "DEC", "REC");
        }
    }
}
