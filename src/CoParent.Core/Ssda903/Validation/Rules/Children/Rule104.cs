using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// DUC, when given, must be a valid date, and (as the public validator enforces) not before the collection
/// year started: an earlier cessation belongs to an earlier return.
/// </summary>
public sealed class Rule104 : Rule
{
    public override string Code => "104";
    public override string Message => "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Uasc.Count; i++)
        {
            var row = child.Uasc[i];
            if (row.Duc.IsInvalid || row.Duc.Date < context.Start) errors.Flag(row, "DUC");
        }
    }
}
