using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Children;

/// <summary>
/// A child not a mother last year, now recorded as a mother, must have had her first child in this
/// collection year, not before it.
/// </summary>
public sealed class Rule626 : Rule
{
    public override string Code => "626";
    public override string Message => "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Header];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (context.LastYear(child)?.Header?.Mother != "0") return;
        for (var i = 0; i < child.Headers.Count; i++)
        {
            var header = child.Headers[i];
            if (header.Mother == "1" && header.McDob.Date < context.Start) errors.Flag(header, "MOTHER", "MC_DOB");
        }
    }
}
