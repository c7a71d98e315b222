using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Adoption;

/// <summary>FOSTER_CARE (adopted by former foster carers), when given, must be 0 or 1.</summary>
public sealed class Rule114 : Rule
{
    public override string Code => "114";
    public override string Message => "Data entry to record the status of former carer(s) of an adopted child is invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.AD1];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.AD1)
        {
            if (row.FosterCare is not (null or "0" or "1")) errors.Flag(row, "FOSTER_CARE");
        }
    }
}
