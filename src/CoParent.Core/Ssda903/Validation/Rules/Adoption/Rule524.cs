using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A married couple of the same gender (LS_ADOPTR L12) must be recorded as MM or FF.</summary>
public sealed class Rule524 : Rule
{
    public override string Code => "524";
    public override string Message => "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.LsAdoptr == "L12" && row.SexAdoptr is not ("MM" or "FF")) errors.Flag(row, "LS_ADOPTR", "SEX_ADOPTR");
        }
    }
}
