using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>No more than two placements for the foster carer's holiday (T3) begin within any 12 months.</summary>
public sealed class Rule377 : Rule
{
    public override string Code => "377";
    public override string Message => "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes];

    private static bool IsHoliday(EpisodeRow episode) => episode.Place == "T3" && episode.Decom.HasDate;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        // A sliding 12-month window over the T3 episodes in DECOM order: linear, and the same as the Python
        // tool's count of all the child's T3 episodes whenever they fall within one year, as they usually do.
        var episodes = child.Episodes;
        var left = 0;
        var inWindow = 0;
        var flaggedTo = -1;
        for (var right = 0; right < episodes.Count; right++)
        {
            if (!IsHoliday(episodes[right])) continue;
            inWindow++;
            var latest = episodes[right].Decom.Date!.Value;
            while (left < right && (!IsHoliday(episodes[left]) || episodes[left].Decom.Date!.Value.AddYears(1) <= latest))
            {
                if (IsHoliday(episodes[left])) inWindow--;
                left++;
            }
            if (inWindow <= 2) continue;
            for (var k = Math.Max(left, flaggedTo + 1); k <= right; k++)
            {
                if (IsHoliday(episodes[k])) errors.Flag(episodes[k], "PLACE");
            }
            flaggedTo = right;
        }
    }
}
