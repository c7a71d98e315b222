using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>Adopters with legal status L4 must be a same-gender couple (SEX_ADOPTR MM or FF).</summary>
public sealed class Rule518 : Rule
{
    public override string Code => "518";
    public override string Message => "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr == "L4" && row.SexAdoptr is not ("MM" or "FF")) errors.Flag(row, "LS_ADOPTR", "SEX_ADOPTR");
        }
    }
}
