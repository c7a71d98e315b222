using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>No episode starts after the end of the collection year.</summary>
public sealed class Rule354 : Rule
{
    public override string Code => "354";
    public override string Message => "Date episode ceased must be on or before the end of the current collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date > context.End) errors.Flag(episode, "DECOM");
        }
    }
}
