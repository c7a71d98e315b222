using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>LA_PERM, when given, must be one of the DfE's LA codes (or 999, WAL, SCO, NUK, NIR).</summary>
public sealed class Rule633 : Rule
{
    public override string Code => "633";
    public override string Message => "Local authority code where previous permanence option was arranged is not a valid value.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PrevPerm)
        {
            if (row.LaPerm is { } code && !PermanenceFacts.LaPermCodes.Contains(code)) errors.Flag(row, "LA_PERM");
        }
    }
}
