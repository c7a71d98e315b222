using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>DATE_PLACED (the decision that the child should be placed for adoption), when given, must be a DD/MM/YYYY date.</summary>
public sealed class Rule115 : Rule
{
    public override string Code => "115";
    public override string Message => "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlaced.IsInvalid) errors.Flag(row, "DATE_PLACED");
        }
    }
}
