using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Outcomes;

/// <summary>An SDQ score, when given, is a whole number from 0 to 40.</summary>
public sealed class Rule180 : Rule
{
    public override string Code => "180";
    public override string Message => "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.";
    public override IReadOnlyList<ReturnTable> Tables => [ReturnTable.OC2];

    // Written as a number that is whole: "20" and "20.0" are both a score of 20, as the DfE tool reads them.
    private static bool IsScore(string text) =>
        decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var score)
        && score == decimal.Truncate(score) && score is >= 0 and <= 40;

    public override void Check(ChildReturn child, RuleContext context, ErrorSink errors)
    {
        foreach (var row in child.OC2)
        {
            if (OutcomesFacts.Has(row.SdqScore) && !IsScore(row.SdqScore!)) errors.Flag(row, "SDQ_SCORE");
        }
    }
}
