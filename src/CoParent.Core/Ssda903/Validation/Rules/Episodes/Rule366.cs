using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Each short break under V3 is its own episode, so it starts with RNE S.</summary>
public sealed class Rule366 : Rule
{
    public override string Code => "366";
    public override string Message => "A child cannot change placement during the course of an individual short-term respite break.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Ls == "V3" && episode.Rne != "S") errors.Flag(episode, "RNE");
        }
    }
}
