using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>Civil partners (LS_ADOPTR L2) must be recorded as a couple (SEX_ADOPTR MM, FF or MF).</summary>
public sealed class Rule519 : Rule
{
    public override string Code => "519";
    public override string Message => "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr == "L2" && row.SexAdoptr is not ("MM" or "FF" or "MF")) errors.Flag(row, "LS_ADOPTR", "SEX_ADOPTR");
        }
    }
}
