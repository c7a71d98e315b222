using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>The child's first episode cannot start before the child was born.</summary>
public sealed class Rule302 : Rule
{
    public override string Code => "302";
    public override string Message => "First episode starts before child was born.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // Episodes are in DECOM order, so the first is the earliest (one with no valid DECOM sorts last).
        if (child.Dob is not { } dob || child.Episodes.Count == 0) return;
        var first = child.Episodes[0];
        if (first.Decom.Date is not { } decom || decom >= dob) return;
        errors.Flag(first, "DECOM");
        errors.Flag(child.Header!, "DOB");
    }
}
