using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>DATE_PLACED_CEASED and REASON_PLACED_CEASED go together: both given or both blank.</summary>
public sealed class Rule119 : Rule
{
    public override string Code => "119";
    public override string Message => "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlacedCeased.IsBlank != (row.ReasonPlacedCeased is null)) errors.Flag(row, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
        }
    }
}
