namespace CoParent.Core.Voice;

/// <summary>The ways a question can be answered. Each scale has fixed answers, so results add up across surveys.</summary>
public enum AnswerScale
{
    YesSometimesNo = 0,
    AlwaysSometimesNever = 1,
    Smiley = 2,
    FreeText = 3,
}

/// <param name="Value">What is stored: short, stable, never shown.</param>
/// <param name="Text">What the child reads.</param>
/// <param name="Positive">Counts towards the question's "% positive".</param>
public sealed record ScaleAnswer(string Value, string Text, bool Positive);

public static class AnswerScales
{
    public static IReadOnlyList<ScaleAnswer> Answers(AnswerScale scale) => scale switch
    {
        AnswerScale.YesSometimesNo =>
        [
            new("yes", "Yes", true),
            new("sometimes", "Sometimes", false),
            new("no", "No", false),
            new("dont-know", "I don't know", false),
        ],
        AnswerScale.AlwaysSometimesNever =>
        [
            new("always", "Always", true),
            new("sometimes", "Sometimes", false),
            new("never", "Never", false),
        ],
        AnswerScale.Smiley =>
        [
            new("5", "Really good", true),
            new("4", "Good", true),
            new("3", "OK", false),
            new("2", "Not good", false),
            new("1", "Really bad", false),
        ],
        _ => [],
    };

    public static string Describe(AnswerScale scale) => scale switch
    {
        AnswerScale.YesSometimesNo => "Yes / Sometimes / No / I don't know",
        AnswerScale.AlwaysSometimesNever => "Always / Sometimes / Never",
        AnswerScale.Smiley => "5 faces, from Really good to Really bad",
        AnswerScale.FreeText => "Their own words",
        _ => scale.ToString(),
    };

    public static bool IsValid(AnswerScale scale, string? value) => Answers(scale).Any(a => a.Value == value);

    public static bool IsPositive(AnswerScale scale, string? value) => Answers(scale).Any(a => a.Value == value && a.Positive);

    public static string TextOf(AnswerScale scale, string? value) => Answers(scale).FirstOrDefault(a => a.Value == value)?.Text ?? "";
}
