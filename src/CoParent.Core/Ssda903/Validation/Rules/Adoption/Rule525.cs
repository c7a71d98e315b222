using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>A child whose decision to place for adoption was reversed (DATE_PLACED_CEASED) cannot have AD1 adoption details.</summary>
public sealed class Rule525 : Rule
{
    public override string Code => "525";
    public override string Message => "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.AD1.Count == 0 || child.PlacedAdoption.Count == 0) return;
        var ad1Flagged = new bool[child.AD1.Count];
        foreach (var placed in child.PlacedAdoption)
        {
            if (placed.DatePlacedCeased.IsBlank) continue;
            var placedFlagged = false;
            for (var i = 0; i < child.AD1.Count; i++)
            {
                if (!child.AD1[i].HasAdoptionItems) continue;
                if (!placedFlagged) errors.Flag(placed, "DATE_PLACED_CEASED");
                if (!ad1Flagged[i]) errors.Flag(child.AD1[i], Ad1Row.AdoptionFields);
                placedFlagged = ad1Flagged[i] = true;
            }
        }
    }
}
