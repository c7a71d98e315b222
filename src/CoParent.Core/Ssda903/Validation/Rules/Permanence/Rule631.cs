using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>PREV_PERM, when given, must be P1 to P4 or Z1.</summary>
public sealed class Rule631 : Rule
{
    public override string Code => "631";
    public override string Message => "Previous permanence option not a valid value.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PrevPerm)
        {
            if (row.PrevPerm is { } code && !PermanenceFacts.PrevPermCodes.Contains(code)) errors.Flag(row, "PREV_PERM");
        }
    }
}
