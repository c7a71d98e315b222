using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>
/// DATE_PERM, when given, must be a date (unknown parts as ZZ/ZZZZ) before the child's first episode began.
/// Flags the permanence row and that first episode.
/// </summary>
public sealed class Rule632 : Rule
{
    public override string Code => "632";
    public override string Message => "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PrevPerm.Count == 0) return;
        // Episodes are in DECOM order with unreadable DECOMs last, so the first readable one is the earliest.
        var first = child.Episodes.Count > 0 && child.Episodes[0].Decom.Date is not null ? child.Episodes[0] : null;
        if (first?.Decom.Date is not { } decom) return;

        foreach (var row in child.PrevPerm)
        {
            if (row.DatePerm is not { } text) continue;
            // A date whose year is unknown cannot be compared; it is accepted (the DfE's tool reads ZZZZ as 2000).
            var wrong = !PermanenceFacts.TryReadDatePerm(text, out var latest) || latest >= decom;
            if (!wrong) continue;
            errors.Flag(row, "DATE_PERM");
            errors.Flag(first, "DECOM");
        }
    }
}
