using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>DATE_MATCH (date matched with adopters), when given, must be a DD/MM/YYYY date.</summary>
public sealed class Rule113 : Rule
{
    public override string Code => "113";
    public override string Message => "Date matching child and adopter(s) is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.DateMatch.IsInvalid) errors.Flag(row, "DATE_MATCH");
        }
    }
}
