using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>DATE_INT (date the child should be placed for adoption), when given, must be a DD/MM/YYYY date.</summary>
public sealed class Rule112 : Rule
{
    public override string Code => "112";
    public override string Message => "Date should be placed for adoption is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.DateInt.IsInvalid) errors.Flag(row, "DATE_INT");
        }
    }
}
