using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>SEX_ADOPTR, when given, must be M1, F1, MM, FF or MF (ssda903.md §3).</summary>
public sealed class Rule176 : Rule
{
    public override string Code => "176";
    public override string Message => "The gender of adopter(s) at the date of adoption code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.SexAdoptr is not (null or "M1" or "F1" or "MM" or "FF" or "MF")) errors.Flag(row, "SEX_ADOPTR");
        }
    }
}
