using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Permanence;

/// <summary>
/// A child who started to be looked after this year (RNE S) needs previous-permanence information: a PREV_PERM,
/// and, unless it is Z1 (none), LA_PERM and DATE_PERM too.
/// </summary>
public sealed class Rule630 : Rule
{
    public override string Code => "630";
    public override string Message => "Information on previous permanence option should be returned.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.PrevPerm];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        bool? complete = null;
        foreach (var episode in child.Episodes)
        {
            if (episode.Rne != "S" || !(episode.Decom.Date >= context.Start)) continue;
            complete ??= Complete(child.PrevPerm);
            if (complete == false) errors.Flag(episode, "RNE");
        }
    }

    private static bool Complete(RowList<PrevPermRow> rows)
    {
        if (rows.Count == 0) return false;
        foreach (var row in rows)
        {
            if (row.PrevPerm is null) return false;
            if (row.PrevPerm != "Z1" && (row.LaPerm is null || row.DatePerm is null)) return false;
        }
        return true;
    }
}
