using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>Every missing period needs a start date in DD/MM/YYYY form.</summary>
public sealed class Rule1004 : Rule
{
    public override string Code => "1004";
    public override string Message => "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (!row.MisStart.HasDate) errors.Flag(row, "MIS_START");
        }
    }
}
