using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period cannot start after the collection year ends (31 March).</summary>
public sealed class Rule570 : Rule
{
    public override string Code => "570";
    public override string Message => "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.MisStart.Date > context.End) errors.Flag(row, "MIS_START");
        }
    }
}
