using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>MISSING, when given, must be M (missing) or A (away without authorisation).</summary>
public sealed class Rule1006 : Rule
{
    public override string Code => "1006";
    public override string Message => "Missing type invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (row.Missing is not (null or "M" or "A")) errors.Flag(row, "MISSING");
        }
    }
}
