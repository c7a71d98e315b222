using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period's end date, when given, must be a DD/MM/YYYY date.</summary>
public sealed class Rule1005 : Rule
{
    public override string Code => "1005";
    public override string Message => "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.MisEnd.IsInvalid) errors.Flag(row, "MIS_END");
        }
    }
}
