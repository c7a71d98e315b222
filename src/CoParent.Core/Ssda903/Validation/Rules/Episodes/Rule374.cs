using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child in residential employment (P3) is at least 14 when the placement begins.</summary>
public sealed class Rule374 : Rule
{
    public override string Code => "374";
    public override string Message => "Child in residential employment should be at least 14 years old.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagPlacementsBeforeAge(child, "P3", 14, errors);
    }
}
