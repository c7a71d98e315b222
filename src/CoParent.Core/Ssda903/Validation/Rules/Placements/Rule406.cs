using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A child who is or was UASC (this or last year) has no PL_DISTANCE.
/// </summary>
public sealed class Rule406 : Rule
{
    public override string Code => "406";
    public override string Message => "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Uasc];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (!PlacementsFacts.IsOrWasUasc(child, context)) return;
        foreach (var e in child.Episodes)
        {
            if (e.PlDistance is not null) errors.Flag(e, "PL_DISTANCE");
        }
    }
}
