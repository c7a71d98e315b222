using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>
/// A missing period must start during one of the child's episodes (on or after its DECOM, on or before its DEC);
/// an episode whose DEC cannot be read is taken as still open.
/// </summary>
public sealed class Rule581 : Rule
{
    public override string Code => "581";
    public override string Message => "Child is missing but has not yet started to be looked after.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // The DfE's tool only looks at children with episodes; a child with none is for other rules.
        if (child.Episodes.Count == 0) return;
        foreach (var row in child.Missing)
        {
            if (row.MisStart.Date is not { } start) continue;
            var during = false;
            foreach (var episode in child.Episodes)
            {
                if (episode.Decom.Date <= start && (episode.Dec.Date is not { } dec || dec >= start))
                {
                    during = true;
                    break;
                }
            }
            if (!during) errors.Flag(row, "MIS_START");
        }
    }
}
