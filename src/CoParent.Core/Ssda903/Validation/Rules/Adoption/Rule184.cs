using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>The decision to place for adoption (DATE_PLACED) cannot come before the child's date of birth.</summary>
public sealed class Rule184 : Rule
{
    public override string Code => "184";
    public override string Message => "Date of decision that a child should be placed for adoption is before the child was born.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.PlacedAdoption];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Dob is not { } dob) return;
        foreach (var row in child.PlacedAdoption)
        {
            if (row.DatePlaced.Date < dob) errors.Flag(row, "DATE_PLACED", "DOB");
        }
    }
}
