using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>
/// A social-worker episode that ends fewer than three days after it began (or before it began) is queried, as
/// the DfE's tool does for its "less than 24 hours" check.
/// </summary>
public sealed class RuleSW09STG2 : Rule
{
    public override string Code => "SW09STG2";
    public override string Message => "Social worker episode appears to have lasted for less than 24 hours.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.SWEpisodes)
        {
            if (row.SwDecom.Date is { } start && row.SwDec.Date is { } end && end.DayNumber - start.DayNumber < 3)
            {
                errors.Flag(row, "SW_DEC", "SW_DECOM");
            }
        }
    }
}
