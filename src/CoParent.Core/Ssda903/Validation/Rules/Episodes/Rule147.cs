using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>DEC, when given, is a valid DD/MM/YYYY date.</summary>
public sealed class Rule147 : Rule
{
    public override string Code => "147";
    public override string Message => "Date episode ceased is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Dec.IsInvalid) errors.Flag(episode, "DEC");
        }
    }
}
