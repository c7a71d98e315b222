using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A child whose episodes began before the collection year must have episodes in last year's return.
/// </summary>
public sealed class RuleNoE : Rule
{
    public override string Code => "NoE";
    public override string Message => "This child has no episodes loaded for previous year even though child started to be looked after before this current year.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];
    public override bool UsesPreviousYear => true;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (context.LastYear(child) is { Episodes.Count: > 0 }) return;
        foreach (var e in child.Episodes)
        {
            if (e.Decom.Date < context.Start) errors.Flag(e, "DECOM");
        }
    }
}
