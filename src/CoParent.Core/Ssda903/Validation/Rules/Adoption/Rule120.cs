using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>REASON_PLACED_CEASED, when given, must be RD1 to RD4 (ssda903.md §3).</summary>
public sealed class Rule120 : Rule
{
    public override string Code => "120";
    public override string Message => "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PlacedAdoption)
        {
            if (row.ReasonPlacedCeased is not (null or "RD1" or "RD2" or "RD3" or "RD4")) errors.Flag(row, "REASON_PLACED_CEASED");
        }
    }
}
