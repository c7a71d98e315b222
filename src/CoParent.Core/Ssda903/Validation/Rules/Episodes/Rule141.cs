using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>DECOM, when given, is a valid DD/MM/YYYY date.</summary>
public sealed class Rule141 : Rule
{
    public override string Code => "141";
    public override string Message => "Date episode began is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.IsInvalid) errors.Flag(episode, "DECOM");
        }
    }
}
