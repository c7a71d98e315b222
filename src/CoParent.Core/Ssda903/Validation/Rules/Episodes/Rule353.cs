using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>No episode starts before 14 October 1991 (the Children Act 1989 came into force).</summary>
public sealed class Rule353 : Rule
{
    public override string Code => "353";
    public override string Message => "No episode submitted can start before 14 October 1991.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    private static readonly DateOnly ChildrenActInForce = new(1991, 10, 14);

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date < ChildrenActInForce) errors.Flag(episode, "DECOM");
        }
    }
}
