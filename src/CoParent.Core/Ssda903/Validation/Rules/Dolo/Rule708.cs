using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Dolo;

/// <summary>A DoLO cannot start on or before the child's date of birth.</summary>
public sealed class Rule708 : Rule
{
    public override string Code => "708";
    public override string Message => "Dates of DoLOs are before child’s date of birth.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.DoLo];
    public override int FirstYear => 2027;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.DoLo)
        {
            if (row.DoloStart.Date <= row.Dob.Date) errors.Flag(row, "DOLO_START");
        }
    }
}
