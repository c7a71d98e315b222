using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>NB_ADOPTR, when given, must be 1 or 2.</summary>
public sealed class Rule175 : Rule
{
    public override string Code => "175";
    public override string Message => "The number of adopter(s) code is not a valid code.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.NbAdoptr is not (null or "1" or "2")) errors.Flag(row, "NB_ADOPTR");
        }
    }
}
