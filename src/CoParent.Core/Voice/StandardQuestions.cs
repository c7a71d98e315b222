namespace CoParent.Core.Voice;

/// <summary>
/// The questions the Co-Parenting Strategy (2022-2027) names as measures of its Outcomes, to be asked in every
/// Have Your Say survey so the answers can be followed year on year.
/// </summary>
public static class StandardQuestions
{
    public sealed record Standard(string Key, string Text, AnswerScale Scale, int Outcome, string MeasureName);

    public const string FamilyPlan = "family-plan";
    public const string ListenedTo = "listened-to";
    public const string CaredAbout = "cared-about";
    public const string EnjoySchool = "enjoy-school";
    public const string ProudToBeMe = "proud-to-be-me";
    public const string Supported = "supported";

    public static readonly IReadOnlyList<Standard> All =
    [
        new(FamilyPlan, "Do you understand the plan to see your family?", AnswerScale.YesSometimesNo, 2,
            "Understand the plan to see their family"),
        new(ListenedTo, "Thinking about your care, do you feel listened to?", AnswerScale.AlwaysSometimesNever, 2,
            "Feel listened to about their care"),
        new(CaredAbout, "Do you feel cared about by the people you live with?", AnswerScale.YesSometimesNo, 5,
            "Feel cared about by the people they live with"),
        new(EnjoySchool, "I enjoy school", AnswerScale.AlwaysSometimesNever, 6,
            "Enjoy school"),
        new(ProudToBeMe, "I feel proud to be who I am", AnswerScale.YesSometimesNo, 3,
            "Feel proud to be who they are"),
        new(Supported, "How well have you been supported by Children's Services?", AnswerScale.Smiley, 1,
            "Feel well supported by Children's Services"),
    ];

    public static Standard? Find(string? key) => All.FirstOrDefault(s => s.Key == key);
}
