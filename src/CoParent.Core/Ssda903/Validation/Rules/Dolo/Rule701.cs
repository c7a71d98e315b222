using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>A DoLO's end date, when given, must be a DD/MM/YYYY date.</summary>
public sealed class Rule701 : Rule
{
    public override string Code => "701";
    public override string Message => "The end date of the DoLO is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.DoLo)
        {
            if (row.DoloEnd.IsInvalid) errors.Flag(row, "DOLO_END");
        }
    }
}
