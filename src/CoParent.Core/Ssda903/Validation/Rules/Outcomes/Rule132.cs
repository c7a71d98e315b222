using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>ACTIV must be one of the activity codes after leaving care (ssda903.md §3); the DfE tool also flags it blank.</summary>
public sealed class Rule132 : Rule
{
    public override string Code => "132";
    public override string Message => "Data entry for activity after leaving care is invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC3];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC3)
        {
            if (row.Activ is not ("F1" or "P1" or "F2" or "P2" or "F4" or "P4" or "F5" or "P5" or "G4" or "G5" or "G6" or "0"))
                errors.Flag(row, "ACTIV");
        }
    }
}
