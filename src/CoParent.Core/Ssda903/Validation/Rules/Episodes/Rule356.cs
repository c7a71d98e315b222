using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>An episode does not end before it began.</summary>
public sealed class Rule356 : Rule
{
    public override string Code => "356";
    public override string Message => "The date the episode ceased is before the date the same episode started.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date is { } decom && episode.Dec.Date < decom) errors.Flag(episode, "DECOM");
        }
    }
}
