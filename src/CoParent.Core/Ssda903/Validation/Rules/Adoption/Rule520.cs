using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A married couple of different genders (LS_ADOPTR L11) must be recorded as MF.</summary>
public sealed class Rule520 : Rule
{
    public override string Code => "520";
    public override string Message => "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr == "L11" && row.SexAdoptr is not ("MF")) errors.Flag(row, "LS_ADOPTR", "SEX_ADOPTR");
        }
    }
}
