using CoParent.Core.Children;

namespace CoParent.Core.Voice;

/// <summary>
/// The age bands survey results are reported in. Children under 8 are not sent the survey (the council hears
/// younger children in other ways); care leavers are asked up to 25, as long as the council supports them.
/// </summary>
public static class SurveyAgeBands
{
    public const string Age8To10 = "8 to 10";
    public const string Age11To13 = "11 to 13";
    public const string Age14To15 = "14 to 15";
    public const string Age16To17 = "16 to 17";
    public const string Age18To25 = "18 to 25";

    public static readonly IReadOnlyList<string> All = [Age8To10, Age11To13, Age14To15, Age16To17, Age18To25];

    public static string? For(int age) => age switch
    {
        < 8 => null,
        <= 10 => Age8To10,
        <= 13 => Age11To13,
        <= 15 => Age14To15,
        <= 17 => Age16To17,
        <= 25 => Age18To25,
        _ => null,
    };

    /// <summary>
    /// The band to invite the child in, or null when they are not asked: a child in care aged 8 to 17, or a care
    /// leaver aged 18 to 25 (someone who was in care at some time from their 16th birthday).
    /// </summary>
    public static string? Eligible(DateOnly dateOfBirth, DateOnly on, bool inCareOn, bool inCareFrom16)
    {
        var age = Age.On(dateOfBirth, on);
        return age switch
        {
            >= 8 and <= 17 when inCareOn => For(age),
            >= 18 and <= 25 when inCareFrom16 => For(age),
            _ => null,
        };
    }

    public static string Slug(string band) => band.Replace(" to ", "-", StringComparison.Ordinal);
}
