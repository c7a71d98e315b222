using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>LS_ADOPTR, when given, must be L0, L11, L12, L2, L3 or L4 (ssda903.md §3).</summary>
public sealed class Rule177 : Rule
{
    public override string Code => "177";
    public override string Message => "The legal status of adopter(s) code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr is not (null or "L0" or "L11" or "L12" or "L2" or "L3" or "L4")) errors.Flag(row, "LS_ADOPTR");
        }
    }
}
