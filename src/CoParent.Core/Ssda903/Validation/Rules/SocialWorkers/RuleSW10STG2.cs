using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.SocialWorkers;

/// <summary>
/// A social-worker episode must not start before the previous one ended. A handover may overlap by up to
/// seven days, except for a first contact (FCONTA), which must start after the previous episode's end.
/// </summary>
public sealed class RuleSW10STG2 : Rule
{
    private const int Tolerance = 7;

    public override string Code => "SW10STG2";
    public override string Message => "A new social worker episode has started before the end date of the previous social worker episode.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.SWEpisodes];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // An open previous episode is SW08STG2's error, not this one.
        if (child.SWEpisodes.Count < 2 || SocialWorkerFacts.InOrder(child) is not { Length: > 1 } ordered) return;
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i - 1].SwDec.Date is not { } previousEnd) continue;
            var start = ordered[i].SwDecom.Date!.Value;
            var early = ordered[i].SwReason == "FCONTA" ? start <= previousEnd : start < previousEnd.AddDays(-Tolerance);
            if (early) errors.Flag(ordered[i], "SW_DECOM");
        }
    }
}
