using CoParent.Core.Children;

namespace CoParent.Core.Identity;

/// <summary>What must hold for a child's life story work, a later life letter or a life plan to be saved; messages name the field.</summary>
public static class LifeStoryRules
{
    public static IReadOnlyList<RuleError> Check(LifeStoryWork work, DateOnly dateOfBirth, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (work.Started > today) errors.Add(new(nameof(LifeStoryWork.Started), "The date the work started must be today or in the past"));
        else if (work.Started < dateOfBirth) errors.Add(new(nameof(LifeStoryWork.Started), "The date the work started must be after the child's date of birth"));
        if (work.Completed is { } completed)
        {
            if (completed > today) errors.Add(new(nameof(LifeStoryWork.Completed), "The date the work was completed must be today or in the past"));
            else if (completed < work.Started) errors.Add(new(nameof(LifeStoryWork.Completed), "The date the work was completed must be on or after the date it started"));
        }
        if (work.LastReviewed is { } reviewed)
        {
            if (reviewed > today) errors.Add(new(nameof(LifeStoryWork.LastReviewed), "The date of the last review must be today or in the past"));
            else if (reviewed < work.Started) errors.Add(new(nameof(LifeStoryWork.LastReviewed), "The date of the last review must be on or after the date the work started"));
        }
        if (work.Feeling is not null && work.Completed is null && work.LastReviewed is null)
            errors.Add(new(nameof(LifeStoryWork.Feeling), "Ask how the child feels about the work when it is completed or reviewed: enter one of those dates, or leave this blank"));
        if (work.InTheirWords is { Length: > LifeStoryWork.WordsMaxLength })
            errors.Add(new(nameof(LifeStoryWork.InTheirWords), $"What the child said must be {LifeStoryWork.WordsMaxLength:N0} characters or fewer"));
        return errors;
    }

    public static IReadOnlyList<RuleError> Check(LaterLifeLetter letter, DateOnly dateOfBirth, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (letter.Written > today) errors.Add(new(nameof(LaterLifeLetter.Written), "The date the letter was written must be today or in the past"));
        else if (letter.Written < dateOfBirth) errors.Add(new(nameof(LaterLifeLetter.Written), "The date the letter was written must be after the child's date of birth"));
        if (string.IsNullOrWhiteSpace(letter.WrittenBy)) errors.Add(new(nameof(LaterLifeLetter.WrittenBy), "Enter who wrote the letter"));
        else if (letter.WrittenBy.Length > LaterLifeLetter.WrittenByMaxLength)
            errors.Add(new(nameof(LaterLifeLetter.WrittenBy), $"Who wrote the letter must be {LaterLifeLetter.WrittenByMaxLength} characters or fewer"));
        if (letter.Given is { } given)
        {
            if (given > today) errors.Add(new(nameof(LaterLifeLetter.Given), "The date the letter was given must be today or in the past"));
            else if (given < letter.Written) errors.Add(new(nameof(LaterLifeLetter.Given), "The date the letter was given must be on or after the date it was written"));
            if (letter.GivenTo is null || !LaterLifeLetter.Recipients.Contains(letter.GivenTo))
                errors.Add(new(nameof(LaterLifeLetter.GivenTo), "Select who the letter was given to"));
        }
        else if (letter.GivenTo is not null)
        {
            errors.Add(new(nameof(LaterLifeLetter.Given), "Enter the date the letter was given"));
        }
        return errors;
    }

    public static IReadOnlyList<RuleError> Check(LifePlan plan, DateOnly dateOfBirth, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (plan.Agreed > today) errors.Add(new(nameof(LifePlan.Agreed), "The date the plan was agreed must be today or in the past"));
        else if (plan.Agreed < dateOfBirth) errors.Add(new(nameof(LifePlan.Agreed), "The date the plan was agreed must be after the child's date of birth"));
        if (plan.LastReviewed is { } reviewed)
        {
            if (reviewed > today) errors.Add(new(nameof(LifePlan.LastReviewed), "The date of the last review must be today or in the past"));
            else if (reviewed < plan.Agreed) errors.Add(new(nameof(LifePlan.LastReviewed), "The date of the last review must be on or after the date the plan was agreed"));
        }
        return errors;
    }
}
