using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period with an end date must say whether the child was missing or away (MISSING).</summary>
public sealed class Rule566 : Rule
{
    public override string Code => "566";
    public override string Message => "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (!row.MisEnd.IsBlank && row.Missing is null) errors.Flag(row, "MISSING", "MIS_END");
        }
    }
}
