using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>No episode ceases after the end of the collection year.</summary>
public sealed class Rule385 : Rule
{
    public override string Code => "385";
    public override string Message => "Date episode ceased must be on or before the end of the current collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Dec.Date > context.End) errors.Flag(episode, "DEC");
        }
    }
}
