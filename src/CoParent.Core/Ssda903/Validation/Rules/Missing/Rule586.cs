using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period cannot start on or before the child's date of birth.</summary>
public sealed class Rule586 : Rule
{
    public override string Code => "586";
    public override string Message => "Dates of missing periods are before child’s date of birth.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.MisStart.Date <= row.Dob.Date) errors.Flag(row, "MIS_START");
        }
    }
}
