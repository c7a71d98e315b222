using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Ssda903;

namespace CoParent.Core.Ssda903.Validation.Rules.Placements;

/// <summary>
/// A child looked after only under short breaks (every episode V3/V4) has no MOTHER, REVIEW or REVIEW_CODE.
/// When any is given, flags the episodes, the header and the reviews as the DfE does.
/// </summary>
public sealed class Rule399 : Rule
{
    public override string Code => "399";
    public override string Message => "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.Episodes, ReturnTable.Header, ReturnTable.Reviews];

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        foreach (var e in episodes)
        {
            if (!CodeSets.IsShortBreak(e.Ls)) return;
        }

        var mother = false;
        foreach (var h in child.Headers) mother |= !CareFacts.IsBlank(h.Mother);
        var reviewed = false;
        foreach (var r in child.Reviews) reviewed |= HasReview(r);
        if (!mother && !reviewed) return;

        foreach (var e in episodes) errors.Flag(e, "LS");
        foreach (var h in child.Headers)
        {
            if (reviewed || !CareFacts.IsBlank(h.Mother)) errors.Flag(h, "MOTHER");
        }
        foreach (var r in child.Reviews)
        {
            if (mother || HasReview(r)) errors.Flag(r, "REVIEW", "REVIEW_CODE");
        }
    }

    private static bool HasReview(ReviewRow review) => !review.Review.IsBlank || !CareFacts.IsBlank(review.ReviewCode);
}
