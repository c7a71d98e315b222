using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>
/// A date of order or an arranging LA only makes sense with a previous permanence option: PREV_PERM must be
/// given and must not be Z1 (no previous permanence).
/// </summary>
public sealed class Rule635 : Rule
{
    public override string Code => "635";
    public override string Message => "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PrevPerm)
        {
            // The Python tool flags only a blank PREV_PERM; the DfE's message names Z1, so both are flagged.
            if ((row.LaPerm is not null || row.DatePerm is not null) && row.PrevPerm is null or "Z1")
            {
                errors.Flag(row, "DATE_PERM", "LA_PERM", "PREV_PERM");
            }
        }
    }
}
