using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period cannot end before it started.</summary>
public sealed class Rule567 : Rule
{
    public override string Code => "567";
    public override string Message => "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.MisEnd.Date < row.MisStart.Date) errors.Flag(row, "MIS_END", "MIS_START");
        }
    }
}
