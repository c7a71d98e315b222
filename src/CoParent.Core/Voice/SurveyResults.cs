using CoParent.Core.Measures;

namespace CoParent.Core.Voice;

/// <summary>One answer given to one question, with the age band of the child who gave it.</summary>
public sealed record AnswerFact(int QuestionId, string AgeBand, string? Answer);

/// <summary>One question's results: how many chose each answer, overall and in each age band.</summary>
public sealed record QuestionResult(
    int QuestionId, string Text, AnswerScale Scale, Figure Answered, Figure PercentPositive,
    IReadOnlyList<AnswerRow> Answers, IReadOnlyList<BandResult> Bands);

public sealed record AnswerRow(string Text, bool Positive, Figure Count, IReadOnlyList<Figure> ByBand);

public sealed record BandResult(string Band, Figure Answered, Figure PercentPositive);

public sealed record RateRow(string Band, Figure Invited, Figure Responded, Figure Percent);

/// <summary>
/// A survey's results as anyone may see them. Answers are anonymous, so the DfE's small-number rule
/// (measures.md §11: counts of 1 to 5 shown as "c", percentages too when based on them) applies to every
/// reader, managers included: a small group in an age band could otherwise point to a child.
/// </summary>
public static class SurveyResults
{
    public static IReadOnlyList<RateRow> ResponseRate(IEnumerable<(string Band, bool Responded)> invitations)
    {
        var list = invitations.ToList();
        var rows = SurveyAgeBands.All.Select(band => Rate(band, list.Where(i => i.Band == band).ToList())).ToList();
        rows.Add(Rate("All ages", list));
        return rows;
    }

    public static QuestionResult ForQuestion(int questionId, string text, AnswerScale scale, IEnumerable<AnswerFact> answers)
    {
        var given = answers.Where(a => a.QuestionId == questionId && AnswerScales.IsValid(scale, a.Answer)).ToList();
        var rows = AnswerScales.Answers(scale).Select(choice => new AnswerRow(choice.Text, choice.Positive,
            Count(given.Count(a => a.Answer == choice.Value)),
            SurveyAgeBands.All.Select(band => Count(given.Count(a => a.AgeBand == band && a.Answer == choice.Value))).ToList())).ToList();
        var bands = SurveyAgeBands.All.Select(band =>
        {
            var inBand = given.Where(a => a.AgeBand == band).ToList();
            return new BandResult(band, Count(inBand.Count), Percent(inBand.Count(a => AnswerScales.IsPositive(scale, a.Answer)), inBand.Count));
        }).ToList();
        return new QuestionResult(questionId, text, scale, Count(given.Count),
            Percent(given.Count(a => AnswerScales.IsPositive(scale, a.Answer)), given.Count), rows, bands);
    }

    public static Figure Count(int count) => Suppression.IsSmall(count) ? new Figure(null, true) : new Figure(count, false);

    /// <summary>A percentage, suppressed when its numerator is 1 to 5 or its denominator under 6; blank when nobody answered.</summary>
    public static Figure Percent(int numerator, int denominator)
    {
        if (denominator == 0) return new Figure(null, false);
        if (Suppression.IsSmall(numerator) || denominator < 6) return new Figure(null, true);
        return new Figure(Math.Round(numerator * 100m / denominator, 1), false);
    }

    private static RateRow Rate(string band, List<(string Band, bool Responded)> invitations)
    {
        var responded = invitations.Count(i => i.Responded);
        return new RateRow(band, Count(invitations.Count), Count(responded), Percent(responded, invitations.Count));
    }
}
