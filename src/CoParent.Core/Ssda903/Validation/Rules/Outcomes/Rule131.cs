using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>IN_TOUCH must be one of the codes for being in touch after leaving care (ssda903.md §3); the DfE tool also flags it blank.</summary>
public sealed class Rule131 : Rule
{
    public override string Code => "131";
    public override string Message => "Data entry for being in touch after leaving care is invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            if (row.InTouch is not ("YES" or "NO" or "DIED" or "REFU" or "NREQ" or "RHOM")) errors.Flag(row, "IN_TOUCH");
        }
    }
}
