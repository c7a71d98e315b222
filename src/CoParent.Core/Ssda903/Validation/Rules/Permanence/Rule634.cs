using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>
/// Previous-permanence entries are only for children who started to be looked after on or after 1 April 2016:
/// at least one episode must begin then or later. Flags the permanence rows and the child's episodes.
/// </summary>
public sealed class Rule634 : Rule
{
    // The DfE's message fixes the date; the Python tool compares with the collection start instead, which would
    // flag every child whose care began before this year. We follow the DfE's wording.
    private static readonly DateOnly Since = new(2016, 4, 1);

    public override string Code => "634";
    public override string Message => "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        if (child.PrevPerm.Count == 0 || child.Episodes.Count == 0) return;
        DateOnly? lastDecom = null;
        foreach (var episode in child.Episodes)
        {
            if (episode.Decom.Date is { } decom && (lastDecom is null || decom > lastDecom)) lastDecom = decom;
        }
        if (!(lastDecom < Since)) return;

        var any = false;
        foreach (var row in child.PrevPerm)
        {
            if (row.PrevPerm is null && row.LaPerm is null && row.DatePerm is null) continue;
            errors.Flag(row, "DATE_PERM", "LA_PERM", "PREV_PERM");
            any = true;
        }
        if (any) errors.FlagAll(child.Episodes, "DECOM");
    }
}
