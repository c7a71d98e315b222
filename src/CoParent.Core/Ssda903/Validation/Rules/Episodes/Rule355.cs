using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>An episode does not end on the day it began.</summary>
public sealed class Rule355 : Rule
{
    public override string Code => "355";
    public override string Message => "Episode appears to have lasted for less than 24 hours";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date is { } decom && episode.Dec.Date == decom) errors.Flag(episode, "DEC", "DECOM");
        }
    }
}
