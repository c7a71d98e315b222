using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A single adopter (LS_ADOPTR L0) must have a single adopter's gender code (M1 or F1).</summary>
public sealed class Rule514 : Rule
{
    public override string Code => "514";
    public override string Message => "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr == "L0" && row.SexAdoptr is not ("M1" or "F1")) errors.Flag(row, "LS_ADOPTR", "SEX_ADOPTR");
        }
    }
}
