using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>Two adopters (NB_ADOPTR 2) cannot be recorded with a single adopter's gender code (M1, F1).</summary>
public sealed class Rule511 : Rule
{
    public override string Code => "511";
    public override string Message => "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.NbAdoptr == "2" && row.SexAdoptr is "M1" or "F1") errors.Flag(row, "NB_ADOPTR", "SEX_ADOPTR");
        }
    }
}
