using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// A child UASC in both years: this year's DUC must fall in this year or repeat last year's, and last year's
/// DUC, when given, must be the 18th birthday.
/// </summary>
public sealed class Rule205B : Rule
{
    public override string Code => "205B";
    public override string Message => "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header, ReturnTable.Uasc];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var last = context.LastYear(child);
        if (!ChildrenFacts.LastYearUascKnown(context, last)) return;
        if (!ChildrenFacts.IsUasc(child) || !ChildrenFacts.IsUasc(last)) return;

        var duc = ChildrenFacts.Duc(child);
        var lastDuc = ChildrenFacts.Duc(last);
        var dob = last!.Header?.Dob.Date ?? child.Dob;
        // The public validator also flags a child still UASC with no DUC in either year; a blank DUC means
        // status has not ceased, which is consistent, so we do not.
        var thisYearWrong = duc is { } d && (d < context.Start || d > context.End) && d != lastDuc;
        var lastYearWrong = lastDuc is { } l && dob is { } b && l != CareFacts.BirthdayAt(b, 18);
        if (!thisYearWrong && !lastYearWrong) return;

        errors.FlagAll(child.Uasc, "DUC", "UASC");
        errors.FlagAll(child.Headers, "DUC", "UASC");
    }
}
