using System.Globalization;
using CoParent.Core.Safety;
using CoParent.Web.Features.Audit;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.Safety;

/// <summary>
/// The checks and changes behind the safety forms and the safety API, in one place so both say the same thing.
/// Errors go into model state under <c>key(field)</c>: the pages use <c>Input.Field</c>, the API the JSON names.
/// All times are UK clock times, as a worker reads them off a phone or a police log.
/// </summary>
public static class SafetyEdits
{
    public const string Held = "held";
    public const string Declined = "declined";
    public const string NotYet = "not-yet";

    public static DateTime UkNow(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime.Zone).DateTime;

    /// <summary>A 24-hour clock time such as 21:30 (or 21.30, or 2130); null with an error when it is not one.</summary>
    public static TimeOnly? ParseTime(string? text, ModelStateDictionary errors, string key, string what, bool required)
    {
        var value = Choices.Clean(text);
        if (value is null)
        {
            if (required) errors.AddModelError(key, $"Enter {what}");
            return null;
        }
        var digits = value.Replace(".", ":", StringComparison.Ordinal);
        if (digits.Length == 4 && !digits.Contains(':', StringComparison.Ordinal)) digits = digits[..2] + ":" + digits[2..];
        if (TimeOnly.TryParseExact(digits, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        var start = char.ToUpperInvariant(what[0]) + what[1..];
        errors.AddModelError(key, $"{start} must be a time on the 24-hour clock, like 21:30");
        return null;
    }

    public static string ShowTime(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string ShowWhen(DateOnly? date, TimeOnly? time) =>
        date is null ? "" : time is null ? Choices.ShowDate(date) : $"{Choices.ShowDate(date)} at {ShowTime(time)}";

    /// <summary>Checks a new missing episode against the child's others; adds it when all is well.</summary>
    public static MissingEpisode? Start(
        int childId, IReadOnlyList<MissingEpisode> existing, DateOnly? start, TimeOnly? time, string? kind, bool? reportedToPolice,
        DateTime now, ModelStateDictionary errors, Func<string, string> key)
    {
        if (kind is not ("M" or "A")) errors.AddModelError(key("Kind"), "Select whether the child was missing or away without authorisation");
        if (reportedToPolice is null) errors.AddModelError(key("ReportedToPolice"), "Select whether the child was reported to the police as missing");
        if (start is { } date)
        {
            var today = DateOnly.FromDateTime(now);
            if (date > today) errors.AddModelError(key("Start"), "The date the child went missing must be today or in the past");
            else if (date == today && time is { } t && t > TimeOnly.FromDateTime(now)) errors.AddModelError(key("StartTime"), "The time the child went missing must not be in the future");
            else if (existing.FirstOrDefault(e => e.End is null) is { } open)
                errors.AddModelError(key("Start"), $"The child is already recorded as missing since {Choices.ShowDate(open.Start)}: record their return first");
            else if (existing.Any(e => e.Start == date))
                errors.AddModelError(key("Start"), "There is already a missing episode starting on this date");
            else if (existing.FirstOrDefault(e => e.Start < date && e.End > date) is { } during)
                errors.AddModelError(key("Start"), $"The child was already missing on this date (from {Choices.ShowDate(during.Start)} to {Choices.ShowDate(during.End)})");
        }
        if (!errors.IsValid) return null;
        return new MissingEpisode { ChildId = childId, Start = start!.Value, StartTime = time, Kind = kind, ReportedToPolice = reportedToPolice!.Value };
    }

    /// <summary>Checks and records the child's return on the episode.</summary>
    public static bool Return(
        MissingEpisode episode, IReadOnlyList<MissingEpisode> others, DateOnly? end, TimeOnly? time, string? whereFound,
        DateTime now, ModelStateDictionary errors, Func<string, string> key)
    {
        var where = Choices.Clean(whereFound);
        if (where is { Length: > MissingEpisode.WhereFoundMaxLength })
            errors.AddModelError(key("WhereFound"), $"Where the child was found must be {MissingEpisode.WhereFoundMaxLength} characters or fewer");
        if (end is { } date)
        {
            var today = DateOnly.FromDateTime(now);
            var next = others.Where(o => o.Id != episode.Id && o.Start > episode.Start).Select(o => (DateOnly?)o.Start).Min();
            if (date < episode.Start)
                errors.AddModelError(key("End"), $"The date the child came back must be on or after the date they went missing ({Choices.ShowDate(episode.Start)})");
            else if (date > today)
                errors.AddModelError(key("End"), "The date the child came back must be today or in the past");
            else if (next is { } n && date > n)
                errors.AddModelError(key("End"), $"The date the child came back must be on or before {Choices.ShowDate(n)}, when their next missing episode began");
            else if (date == today && time is { } t && t > TimeOnly.FromDateTime(now))
                errors.AddModelError(key("EndTime"), "The time the child came back must not be in the future");
            else if (date == episode.Start && time is { } back && episode.StartTime is { } left && back < left)
                errors.AddModelError(key("EndTime"), $"The time the child came back must be after the time they went missing ({ShowTime(left)})");
        }
        if (!errors.IsValid) return false;
        episode.End = end;
        episode.EndTime = time;
        episode.WhereFound = where;
        return true;
    }

    /// <summary>Checks and records the return conversation: when it was offered, and whether it was held or declined.</summary>
    public static bool Conversation(
        MissingEpisode episode, DateOnly? offeredOn, TimeOnly? offeredTime, string? outcome,
        DateOnly? heldOn, TimeOnly? heldTime, string? heldBy, string? findings, bool? exploitationConcern,
        DateTime now, ModelStateDictionary errors, Func<string, string> key)
    {
        var today = DateOnly.FromDateTime(now);
        if (episode.End is not { } returned)
        {
            errors.AddModelError("", "Record the child's return before the return conversation");
            return false;
        }
        if (offeredOn is { } offered)
        {
            if (offered < returned)
                errors.AddModelError(key("OfferedOn"), $"The date the conversation was offered must be on or after the date the child came back ({Choices.ShowDate(returned)})");
            else if (offered > today)
                errors.AddModelError(key("OfferedOn"), "The date the conversation was offered must be today or in the past");
            else if (offered == today && offeredTime is { } t && t > TimeOnly.FromDateTime(now))
                errors.AddModelError(key("OfferedTime"), "The time the conversation was offered must not be in the future");
        }
        if (outcome is not (Held or Declined or NotYet))
            errors.AddModelError(key("Outcome"), "Select whether the conversation was held, the child declined it, or it has not happened yet");
        var by = Choices.Clean(heldBy);
        var found = Choices.Clean(findings);
        if (outcome == Held)
        {
            if (heldOn is { } held)
            {
                if (offeredOn is { } o && held < o)
                    errors.AddModelError(key("HeldOn"), "The date the conversation was held must be on or after the date it was offered");
                else if (held > today)
                    errors.AddModelError(key("HeldOn"), "The date the conversation was held must be today or in the past");
                else if (held == today && heldTime is { } t && t > TimeOnly.FromDateTime(now))
                    errors.AddModelError(key("HeldTime"), "The time the conversation was held must not be in the future");
            }
            if (by is null) errors.AddModelError(key("HeldBy"), "Enter who held the conversation");
            else if (by.Length > MissingEpisode.HeldByMaxLength)
                errors.AddModelError(key("HeldBy"), $"Who held the conversation must be {MissingEpisode.HeldByMaxLength} characters or fewer");
            if (found is { Length: > MissingEpisode.FindingsMaxLength })
                errors.AddModelError(key("Findings"), $"What the conversation found must be {MissingEpisode.FindingsMaxLength} characters or fewer");
            if (exploitationConcern is null)
                errors.AddModelError(key("ExploitationConcern"), "Select whether the conversation raised a concern that the child is being exploited");
        }
        if (!errors.IsValid) return false;

        episode.ConversationOfferedOn = offeredOn;
        episode.ConversationOfferedTime = offeredTime;
        episode.ConversationDeclined = outcome == Declined;
        var wasHeld = outcome == Held;
        episode.ConversationHeldOn = wasHeld ? heldOn : null;
        episode.ConversationHeldTime = wasHeld ? heldTime : null;
        episode.ConversationHeldBy = wasHeld ? by : null;
        episode.ConversationFindings = wasHeld ? found : null;
        episode.ExploitationConcern = wasHeld ? exploitationConcern : null;
        return true;
    }

    public static ExploitationRiskAssessment? Assessment(
        int childId, DateOnly dateOfBirth, DateOnly? assessedOn, string? type, string? level, string? assessedBy,
        DateTime now, DateTime recordedAtUtc, ModelStateDictionary errors, Func<string, string> key)
    {
        if (assessedOn is { } on)
        {
            if (on > DateOnly.FromDateTime(now)) errors.AddModelError(key("AssessedOn"), "The date of the assessment must be today or in the past");
            else if (on < dateOfBirth) errors.AddModelError(key("AssessedOn"), "The date of the assessment must be after the child's date of birth");
        }
        var parsedType = ParseEnum<ExploitationType>(type);
        if (parsedType is null) errors.AddModelError(key("Type"), "Select which kind of exploitation was assessed");
        var parsedLevel = ParseEnum<ExploitationRiskLevel>(level);
        if (parsedLevel is null) errors.AddModelError(key("Level"), "Select the level of risk");
        var by = Choices.Clean(assessedBy);
        if (by is null) errors.AddModelError(key("AssessedBy"), "Enter who made the assessment");
        else if (by.Length > ExploitationRiskAssessment.AssessedByMaxLength)
            errors.AddModelError(key("AssessedBy"), $"Who made the assessment must be {ExploitationRiskAssessment.AssessedByMaxLength} characters or fewer");
        if (!errors.IsValid) return null;
        return new ExploitationRiskAssessment
        {
            ChildId = childId, AssessedOn = assessedOn!.Value, Type = parsedType!.Value, Level = parsedLevel!.Value,
            AssessedBy = by!, RecordedAtUtc = recordedAtUtc,
        };
    }

    /// <summary>Only the named values (Sexual, AtRisk...), never a number.</summary>
    public static T? ParseEnum<T>(string? value) where T : struct, Enum =>
        Choices.Clean(value) is { } text && !char.IsDigit(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed : null;

    public static bool? ParseYesNo(string? value) => Choices.Clean(value)?.ToLowerInvariant() switch
    {
        "yes" or "true" => true,
        "no" or "false" => false,
        _ => null,
    };
}
