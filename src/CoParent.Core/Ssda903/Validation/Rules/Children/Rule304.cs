using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>UASC status must cease on or before the child's 18th birthday.</summary>
public sealed class Rule304 : Rule
{
    public override string Code => "304";
    public override string Message => "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        for (var i = 0; i < child.Uasc.Count; i++)
        {
            var row = child.Uasc[i];
            if (row.Duc.Date is { } duc && row.Dob.Date is { } dob && duc > CareFacts.BirthdayAt(dob, 18)) errors.Flag(row, "DUC");
        }
    }
}
