namespace CoParent.Core.Voice;

public enum SurveyStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>
/// A Have Your Say survey: the questions the council asks children in care and care leavers, run for a few
/// weeks. Children answer with a code, never an account, and their answers are kept apart from who they are.
/// </summary>
public class Survey
{
    public int Id { get; set; }
    public string Title { get; set; } = "";

    /// <summary>What the child reads first, in plain words: why we ask and what happens to the answers.</summary>
    public string Introduction { get; set; } = "";

    public DateOnly Opens { get; set; }
    public DateOnly Closes { get; set; }
    public SurveyStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];

    /// <summary>Open and within its dates: only then may a child answer it.</summary>
    public bool IsTakingAnswers(DateOnly today) => Status == SurveyStatus.Open && Opens <= today && today <= Closes;
}

public class SurveyQuestion
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public Survey? Survey { get; set; }

    /// <summary>Where the question comes in the survey, from 1.</summary>
    public int Order { get; set; }

    public string Text { get; set; } = "";
    public AnswerScale Scale { get; set; }

    /// <summary>
    /// Set when this is one of the strategy's own questions (<see cref="StandardQuestions"/>), so results can be
    /// compared across years even if a survey words it slightly differently.
    /// </summary>
    public string? StandardKey { get; set; }
}

/// <summary>
/// A code given to one child for one survey. The child is recorded here only so that nobody gets two codes and
/// the response rate can be counted; the answers (<see cref="SurveyResponse"/>) never point back to it.
/// </summary>
public class SurveyInvitation
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public Survey? Survey { get; set; }

    public string Code { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public int ChildId { get; set; }

    /// <summary>The child's age band on the day the code was issued (<see cref="SurveyAgeBands"/>).</summary>
    public string AgeBand { get; set; } = "";

    /// <summary>The day the code was used; null until then. A day, not a time, so it cannot be matched to a response.</summary>
    public DateOnly? UsedOn { get; set; }
}

/// <summary>
/// One child's answers. Holds the age band only, never the child or the invitation, and its id is random
/// (not a sequence), so the order responses were saved in cannot be matched to the order codes were used.
/// </summary>
public class SurveyResponse
{
    public Guid Id { get; set; }
    public int SurveyId { get; set; }
    public Survey? Survey { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public string AgeBand { get; set; } = "";
    public List<SurveyAnswer> Answers { get; set; } = [];
}

public class SurveyAnswer
{
    public int Id { get; set; }
    public Guid ResponseId { get; set; }
    public int QuestionId { get; set; }

    /// <summary>The chosen answer's value on the question's scale (<see cref="AnswerScales"/>); null for free text.</summary>
    public string? Answer { get; set; }

    /// <summary>What the child wrote, for a free-text question.</summary>
    public string? Text { get; set; }
}
