using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>Adopters with legal status L3 must be a male and female couple (SEX_ADOPTR MF).</summary>
public sealed class Rule517 : Rule
{
    public override string Code => "517";
    public override string Message => "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr == "L3" && row.SexAdoptr is not ("MF")) errors.Flag(row, "LS_ADOPTR", "SEX_ADOPTR");
        }
    }
}
