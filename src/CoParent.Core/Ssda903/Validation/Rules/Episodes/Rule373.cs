using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>A child placed in a residential school (S1) is at least 4 when the placement begins.</summary>
public sealed class Rule373 : Rule
{
    public override string Code => "373";
    public override string Message => "Child placed in a school should be at least 4 years old.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        EpisodesFacts.FlagPlacementsBeforeAge(child, "S1", 4, errors);
    }
}
