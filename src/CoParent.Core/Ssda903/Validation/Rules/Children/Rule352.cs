using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>A child cannot start to be looked after (RNE S) on or after their 18th birthday.</summary>
public sealed class Rule352 : Rule
{
    public override string Code => "352";
    public override string Message => "Child who started to be looked after was aged 18 or over.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.Dob is not { } dob) return;
        var eighteenth = CareFacts.BirthdayAt(dob, 18);
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Rne == "S" && e.Decom.Date >= eighteenth) errors.Flag(e, "DECOM", "RNE");
        }
    }
}
