using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>The child's first episode, when it starts in the collection year, has RNE S (started to be looked after).</summary>
public sealed class Rule357 : Rule
{
    public override string Code => "357";
    public override string Message => "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // Episodes are in DECOM order with unreadable dates last, so the first is the earliest when it has a date.
        if (child.Episodes is [var first, ..] && first.Decom.Date >= context.Start && first.Rne != "S")
        {
            errors.Flag(first, "RNE");
        }
    }
}
