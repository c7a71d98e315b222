using CoParent.Core.Geography;
using CoParent.Core.Ssda903.Returns;

namespace CoParent.Core.Ssda903.Validation.Rules.Episodes;

/// <summary>Small facts about episodes that several Episodes rules share.</summary>
public static class EpisodesFacts
{

    /// <summary>The day the child reaches an age, when the header has a valid date of birth.</summary>
    public static DateOnly? Birthday(ChildReturn child, int age) =>
        child.Dob is { } dob ? CareFacts.BirthdayAt(dob, age) : null;

    /// <summary>Two cells hold the same value, a blank matching a blank.</summary>
    public static bool Same(string? a, string? b) => string.Equals(a ?? "", b ?? "", StringComparison.Ordinal);

    /// <summary>PLACE, PL_POST, URN and PLACE_PROVIDER are all the same as in the episode before: the placement did not change.</summary>
    public static bool SamePlacement(EpisodeRow previous, EpisodeRow episode) =>
        Same(previous.Place, episode.Place) && Postcode.SameCode(previous.PlPost, episode.PlPost)
        && Same(previous.Urn, episode.Urn) && Same(previous.PlaceProvider, episode.PlaceProvider);

    /// <summary>
    /// The day an episode ended for a length-of-stay check: DEC, or the end of the collection year while it is
    /// open; null when DEC is not a valid date (rules other than 147 leave such rows alone).
    /// </summary>
    public static DateOnly? EndOrYearEnd(EpisodeRow episode, RuleContext context) =>
        episode.Dec.IsBlank ? context.End : episode.Dec.Date;

    /// <summary>
    /// Flags every episode of a spell under one legal status that lasted more than <paramref name="maxDays"/>
    /// days. A spell is a run of consecutive episodes with that status, each starting on or before the day
    /// the one before it ended; an open episode runs to the end of the collection year.
    /// </summary>
    public static void FlagLongLegalStatusSpells(ChildReturn child, string legalStatus, int maxDays, RuleContext context, ErrorSink errors)
    {
        var episodes = child.Episodes;
        var first = -1;
        DateOnly spellStart = default, spellEnd = default;
        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            if (episode.Ls == legalStatus && episode.Decom.Date is { } decom && EndOrYearEnd(episode, context) is { } end)
            {
                if (first >= 0 && decom <= spellEnd)
                {
                    if (end > spellEnd) spellEnd = end;
                    continue;
                }
                FlagSpell(first, i);
                first = i;
                spellStart = decom;
                spellEnd = end;
            }
            else
            {
                FlagSpell(first, i);
                first = -1;
            }
        }
        FlagSpell(first, episodes.Count);

        void FlagSpell(int from, int to)
        {
            if (from < 0 || spellEnd.DayNumber - spellStart.DayNumber <= maxDays) return;
            for (var k = from; k < to; k++) errors.Flag(episodes[k], "DEC", "DECOM", "LS");
        }
    }

    /// <summary>Flags episodes in a placement type that ended more than <paramref name="maxDays"/> days after they began.</summary>
    public static void FlagPlacementsLongerThan(ChildReturn child, string place, int maxDays, ErrorSink errors)
    {
        foreach (var episode in child.Episodes)
        {
            if (episode.Place == place && episode.Decom.Date is { } decom && episode.Dec.Date is { } dec
                && dec.DayNumber - decom.DayNumber > maxDays)
            {
                errors.Flag(episode, "DECOM", "PLACE");
            }
        }
    }

    /// <summary>Flags episodes in a placement type that began before the child reached <paramref name="age"/>.</summary>
    public static void FlagPlacementsBeforeAge(ChildReturn child, string place, int age, ErrorSink errors)
    {
        if (Birthday(child, age) is not { } birthday) return;
        foreach (var episode in child.Episodes)
        {
            if (episode.Place == place && episode.Decom.Date is { } decom && decom < birthday)
            {
                errors.Flag(episode, "DECOM", "PLACE");
            }
        }
    }
}
