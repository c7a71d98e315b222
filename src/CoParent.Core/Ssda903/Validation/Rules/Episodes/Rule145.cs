using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>CIN, when given, is N1 to N8.</summary>
public sealed class Rule145 : Rule
{
    public override string Code => "145";
    public override string Message => "Category of need code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Cin is not null && !CodeSets.CategoryOfNeed.Contains(episode.Cin)) errors.Flag(episode, "CIN");
        }
    }
}
