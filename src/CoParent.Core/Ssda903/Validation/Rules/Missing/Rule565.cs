using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period with a start date must say whether the child was missing or away (MISSING).</summary>
public sealed class Rule565 : Rule
{
    public override string Code => "565";
    public override string Message => "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (!row.MisStart.IsBlank && row.Missing is null) errors.Flag(row, "MISSING", "MIS_START");
        }
    }
}
