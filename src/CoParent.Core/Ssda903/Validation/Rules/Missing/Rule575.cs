using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Missing;

/// <summary>A missing period that began during an episode that has since ended must have an end date too.</summary>
public sealed class Rule575 : Rule
{
    public override string Code => "575";
    public override string Message => "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Missing];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.Missing)
        {
            if (!row.MisEnd.IsBlank || row.MisStart.Date is not { } start) continue;
            foreach (var episode in child.Episodes)
            {
                if (episode.Decom.Date <= start && episode.Dec.Date >= start)
                {
                    errors.Flag(row, "MIS_END");
                    break;
                }
            }
        }
    }
}
