using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>When the child has been matched (DATE_MATCH), DATE_INT must be given and be on or before DATE_MATCH.</summary>
public sealed class Rule333 : Rule
{
    public override string Code => "333";
    public override string Message => "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.DateMatch.Date is not { } match) continue;
            // An unreadable DATE_INT is left to rule 112 rather than counted as missing here.
            if (row.DateInt.IsBlank || row.DateInt.Date > match) errors.Flag(row, "DATE_INT");
        }
    }
}
