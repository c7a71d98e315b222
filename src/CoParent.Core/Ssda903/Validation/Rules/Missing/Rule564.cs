using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing or away period (MISSING M or A) must say when it started.</summary>
public sealed class Rule564 : Rule
{
    public override string Code => "564";
    public override string Message => "Child was missing or away from placement without authorisation and the date started is blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.Missing is "M" or "A" && row.MisStart.IsBlank) errors.Flag(row, "MISSING", "MIS_START");
        }
    }
}
