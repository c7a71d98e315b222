using CoParent.Core.Children;

namespace CoParent.Core.Safety;

/// <summary>
/// A time a child was missing or away from placement without authorisation (SSDA903 Missing table), and what
/// followed it: the police report, where the child was found and the return conversation (the council's
/// "Missing Chat", the return home interview the statutory guidance on children who run away or go missing asks for).
/// Only <see cref="Kind"/>, <see cref="Start"/> and <see cref="End"/> are in the return; an import sets only those.
/// </summary>
public class MissingEpisode
{
    public const int WhereFoundMaxLength = 200;
    public const int HeldByMaxLength = 100;
    public const int FindingsMaxLength = 2000;

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }

    /// <summary>MISSING: M missing (whereabouts not known) or A away without authorisation.</summary>
    public string? Kind { get; set; }

    /// <summary>MIS_START: the natural key an import matches on, with the child.</summary>
    public DateOnly Start { get; set; }

    /// <summary>The time of day the child went missing, UK clock time, when known.</summary>
    public TimeOnly? StartTime { get; set; }

    /// <summary>MIS_END; null while the child is still missing.</summary>
    public DateOnly? End { get; set; }

    /// <summary>The time of day the child came back, UK clock time, when known.</summary>
    public TimeOnly? EndTime { get; set; }

    public bool ReportedToPolice { get; set; }

    /// <summary>Where the child was found or said they had been.</summary>
    public string? WhereFound { get; set; }

    /// <summary>When the return conversation was offered to the child (UK clock time).</summary>
    public DateOnly? ConversationOfferedOn { get; set; }
    public TimeOnly? ConversationOfferedTime { get; set; }

    /// <summary>When the return conversation took place (UK clock time); null if not yet held or declined.</summary>
    public DateOnly? ConversationHeldOn { get; set; }
    public TimeOnly? ConversationHeldTime { get; set; }

    /// <summary>The child said no to a return conversation that was offered.</summary>
    public bool ConversationDeclined { get; set; }

    /// <summary>Who held the conversation (a name and role, e.g. an independent worker from the Missing Chat service).</summary>
    public string? ConversationHeldBy { get; set; }

    /// <summary>What the conversation found: why the child went missing and any risks identified.</summary>
    public string? ConversationFindings { get; set; }

    /// <summary>Whether the conversation raised a concern that the child is being exploited; null when not asked.</summary>
    public bool? ExploitationConcern { get; set; }
}
