namespace CoParent.Core.Identity;

/// <summary>How a child says they feel about their life story work, asked at each review.</summary>
public enum LifeStoryFeeling
{
    Happy = 1,
    Ok = 2,
    NotHappy = 3,
    DidNotWantToSay = 4,
}

/// <summary>
/// The child's life story work: helping them understand their history and why they are in care. One record per
/// child, brought up to date as the work goes on and at each yearly review.
/// </summary>
public class LifeStoryWork
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public DateOnly Started { get; set; }
    public DateOnly? Completed { get; set; }
    public DateOnly? LastReviewed { get; set; }

    /// <summary>How the child felt about the work at the latest review (or when it was completed).</summary>
    public LifeStoryFeeling? Feeling { get; set; }

    /// <summary>What the child said about it, in their own words.</summary>
    public string? InTheirWords { get; set; }

    /// <summary>Work is looked at again with the child every year.</summary>
    public DateOnly? ReviewDue => (LastReviewed ?? Completed)?.AddYears(1);

    public const int WordsMaxLength = 2000;

    public static string Describe(LifeStoryFeeling? feeling) => feeling switch
    {
        LifeStoryFeeling.Happy => "Happy",
        LifeStoryFeeling.Ok => "OK",
        LifeStoryFeeling.NotHappy => "Not happy",
        LifeStoryFeeling.DidNotWantToSay => "Did not want to say",
        _ => "Not asked yet",
    };
}

/// <summary>A later life letter: written for the child to read when they are older, explaining their early life.</summary>
public class LaterLifeLetter
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public DateOnly Written { get; set; }

    /// <summary>Who wrote it: usually the child's social worker, by role and name.</summary>
    public string WrittenBy { get; set; } = "";

    /// <summary>When the letter was given to the child or their carers; null while it is kept on file.</summary>
    public DateOnly? Given { get; set; }

    /// <summary>Who it was given to: "Child", "Carers" or "Adoptive parents".</summary>
    public string? GivenTo { get; set; }

    public static readonly IReadOnlyList<string> Recipients = ["Child", "Carers", "Adoptive parents"];
    public const int WrittenByMaxLength = 120;
}

/// <summary>The child's Life Plan: agreed with them, and reviewed as their plans change.</summary>
public class LifePlan
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public DateOnly Agreed { get; set; }
    public DateOnly? LastReviewed { get; set; }
}
