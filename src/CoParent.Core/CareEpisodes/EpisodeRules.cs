using System.Globalization;
using System.Text.RegularExpressions;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;

namespace CoParent.Core.CareEpisodes;

/// <summary>A rule broken by one episode of a child's history.</summary>
public sealed record EpisodeRuleError(CareEpisode Episode, RuleError Error)
{
    public string Field => Error.Field;
    public string Message => Error.Message;
}

/// <summary>
/// The SSDA903 Episodes rules CoParent enforces when an episode is recorded (ssda903.md §3 and §5,
/// DfE rule codes beside each). Fields are named as <see cref="CareEpisode"/>'s properties.
/// </summary>
public static partial class EpisodeRules
{
    /// <summary>Placement types with no Ofsted URN (rules 218 and 222).</summary>
    private static readonly HashSet<string> PlacesWithoutUrn =
        ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];

    /// <summary>The URN placeholder the DfE accepts when the Ofsted number is not known.</summary>
    public const string UnknownUrn = "XXXXXXX";

    /// <summary>Checks one episode's fields against the code sets and each other.</summary>
    public static IReadOnlyList<RuleError> CheckFields(CareEpisode episode)
    {
        var errors = new List<RuleError>();

        // Rules 143, 144, 145 and 146: codes from the DfE's sets.
        if (!CodeSets.ReasonForNewEpisode.Contains(episode.Rne))
            errors.Add(new(nameof(CareEpisode.Rne), "Select the reason for the new episode"));
        if (!CodeSets.LegalStatus.Contains(episode.Ls))
            errors.Add(new(nameof(CareEpisode.Ls), "Select the legal status"));
        if (!CodeSets.CategoryOfNeed.Contains(episode.Cin))
            errors.Add(new(nameof(CareEpisode.Cin), "Select the category of need"));

        var placeKnown = CodeSets.PlacementType.Contains(episode.Place);
        if (!placeKnown)
            errors.Add(new(nameof(CareEpisode.Place), "Select the placement type"));
        var place = CodeSets.PlacementType.Canonical(episode.Place) ?? "";

        // Rule 178: a provider from the set; rule 213: blank for temporary (T0 to T3) and Z1x placements.
        if (placeKnown && CodeSets.ProviderMustBeBlank(place))
        {
            if (!string.IsNullOrWhiteSpace(episode.PlaceProvider))
                errors.Add(new(nameof(CareEpisode.PlaceProvider), "Leave the placement provider blank for this type of placement"));
        }
        else if (!CodeSets.PlacementProvider.Contains(episode.PlaceProvider))
        {
            errors.Add(new(nameof(CareEpisode.PlaceProvider), "Select the placement provider"));
        }

        // Rule 148: the end date and the reason it ended go together; rule 149: a REC from the set.
        if (episode.Dec is not null && string.IsNullOrWhiteSpace(episode.Rec))
            errors.Add(new(nameof(CareEpisode.Rec), "Select the reason the episode ended"));
        else if (episode.Dec is null && !string.IsNullOrWhiteSpace(episode.Rec))
            errors.Add(new(nameof(CareEpisode.Dec), "Enter the date the episode ended"));
        else if (!string.IsNullOrWhiteSpace(episode.Rec) && !CodeSets.ReasonEpisodeCeased.Contains(episode.Rec))
            errors.Add(new(nameof(CareEpisode.Rec), "Select the reason the episode ended"));

        // Rule 1009: a code from the set; rule 233: blank while the episode is open; rule 226: blank for temporary placements.
        if (!string.IsNullOrWhiteSpace(episode.ReasonPlaceChange))
        {
            if (!CodeSets.ReasonPlaceChange.Contains(episode.ReasonPlaceChange))
                errors.Add(new(nameof(CareEpisode.ReasonPlaceChange), "Select the reason the placement changed"));
            else if (episode.Dec is null)
                errors.Add(new(nameof(CareEpisode.ReasonPlaceChange), "Leave the reason the placement changed blank until the episode has ended"));
            else if (placeKnown && CodeSets.IsTemporary(place))
                errors.Add(new(nameof(CareEpisode.ReasonPlaceChange), "Leave the reason the placement changed blank for a temporary placement"));
        }

        // Rule 222: no URN for these placement types; rule 218: otherwise an Ofsted URN or XXXXXXX,
        // unless the placement is outside England (PL_LA of SCO, NIR or WAL).
        if (placeKnown)
        {
            var urn = episode.Urn?.Trim();
            if (PlacesWithoutUrn.Contains(place))
            {
                if (!string.IsNullOrEmpty(urn))
                    errors.Add(new(nameof(CareEpisode.Urn), "Leave the Ofsted URN blank for this type of placement"));
            }
            else if (string.IsNullOrEmpty(urn))
            {
                if (episode.PlLa is not ("SCO" or "NIR" or "WAL"))
                    errors.Add(new(nameof(CareEpisode.Urn), $"Enter the Ofsted URN of the placement, or {UnknownUrn} if it is not known"));
            }
            else if (!IsUrn(urn))
            {
                errors.Add(new(nameof(CareEpisode.Urn), $"Enter an Ofsted URN like SC123456 or 1234567, or {UnknownUrn} if it is not known"));
            }
        }

        // Rule 392c: postcodes must be full postcodes.
        if (!string.IsNullOrWhiteSpace(episode.HomePost) && !ChildRules.IsPostcode(episode.HomePost))
            errors.Add(new(nameof(CareEpisode.HomePost), "Enter the child's home postcode in full, like CM1 1AA"));
        if (!string.IsNullOrWhiteSpace(episode.PlPost) && !ChildRules.IsPostcode(episode.PlPost))
            errors.Add(new(nameof(CareEpisode.PlPost), "Enter the placement's postcode in full, like CM1 1AA"));

        return errors;
    }

    /// <summary>
    /// Checks one child's whole history of episodes against each other, the child's date of birth and today.
    /// </summary>
    public static IReadOnlyList<EpisodeRuleError> CheckHistory(IEnumerable<CareEpisode> history, DateOnly dateOfBirth, DateOnly today)
    {
        var episodes = history.OrderBy(e => e.Decom).ThenBy(e => e.Dec ?? DateOnly.MaxValue).ToList();
        var errors = new List<EpisodeRuleError>();
        void Add(CareEpisode e, string field, string message) => errors.Add(new(e, new(field, message)));
        var eighteenth = Age.Birthday(dateOfBirth, dateOfBirth.Year + 18);

        for (var i = 0; i < episodes.Count; i++)
        {
            var episode = episodes[i];
            var previous = i > 0 ? episodes[i - 1] : null;
            var next = i + 1 < episodes.Count ? episodes[i + 1] : null;

            if (episode.Decom < dateOfBirth)
                Add(episode, nameof(CareEpisode.Decom), "The date the episode started must be on or after the child's date of birth");
            if (episode.Decom > today)
                Add(episode, nameof(CareEpisode.Decom), "The date the episode started must be today or in the past");

            // Rule 355: an episode lasts at least a day, so it ends after the day it began.
            if (episode.Dec is { } dec)
            {
                if (dec <= episode.Decom)
                    Add(episode, nameof(CareEpisode.Dec), $"The date the episode ended must be after the date it started ({Show(episode.Decom)})");
                if (dec > today)
                    Add(episode, nameof(CareEpisode.Dec), "The date the episode ended must be today or in the past");
            }

            // Episodes never overlap: each starts on or after the day the one before it ended.
            if (previous?.Dec is { } previousEnd && episode.Decom < previousEnd)
                Add(episode, nameof(CareEpisode.Decom), $"The date the episode started must be on or after {Show(previousEnd)}, when the episode before it ended");
            else if (previous is not null && previous.Decom == episode.Decom)
                Add(episode, nameof(CareEpisode.Decom), $"Another episode already starts on {Show(episode.Decom)}");

            // Rule 142: only the last episode may still be open.
            if (next is not null && (episode.Dec is null || string.IsNullOrWhiteSpace(episode.Rec)))
                Add(episode, nameof(CareEpisode.Dec), $"The episode that started on {Show(episode.Decom)} must end before a later one starts");

            // Rule 388: X1 means the next episode starts on the day this one ends; any other REC means it does not.
            if (IsX1(episode.Rec) && episode.Dec is { } endX1)
            {
                if (next is null)
                    Add(episode, nameof(CareEpisode.Rec), "An episode that ends with a new one starting the same day must be followed by that episode");
                else if (next.Decom != endX1)
                    Add(episode, nameof(CareEpisode.Rec), $"The next episode must start on {Show(endX1)}, the day this one ended");
            }
            else if (!string.IsNullOrWhiteSpace(episode.Rec) && episode.Dec is { } endOther && next is not null && next.Decom == endOther)
            {
                Add(episode, nameof(CareEpisode.Rec), "The child left care, so a new period of care cannot start on the same day");
            }

            // Rules 357 and 433: a period of care starts with RNE S, and only a new period does.
            var startsPeriod = previous is null || !IsX1(previous.Rec);
            var rne = episode.Rne?.Trim().ToUpperInvariant();
            if (startsPeriod && rne != "S")
                Add(episode, nameof(CareEpisode.Rne), "The first episode of a period of care must have the reason 'Started to be looked after'");
            else if (!startsPeriod && rne == "S")
                Add(episode, nameof(CareEpisode.Rne), "This episode carries on from the one before it, so it cannot have the reason 'Started to be looked after'");

            // Rule 352 and the end of care at 18: a period of care ends by the 18th birthday.
            if (episode.Decom >= eighteenth)
                Add(episode, nameof(CareEpisode.Decom), $"The child was 18 on {Show(eighteenth)}, so an episode cannot start after that");
            else if (episode.Dec is { } ended && ended > eighteenth)
                Add(episode, nameof(CareEpisode.Dec), $"The episode must end by the child's 18th birthday ({Show(eighteenth)})");
            else if (episode.Dec is null && today >= eighteenth)
                Add(episode, nameof(CareEpisode.Dec), $"The child was 18 on {Show(eighteenth)}, so this episode must have ended by then");
        }

        return errors;
    }

    /// <summary>An Ofsted URN: SC and 6 digits (social care), 6 or 7 digits, or the placeholder XXXXXXX.</summary>
    public static bool IsUrn(string urn) => UrnPattern().IsMatch(urn.Trim());

    private static bool IsX1(string? rec) => string.Equals(rec?.Trim(), "X1", StringComparison.OrdinalIgnoreCase);

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex("^(SC[0-9]{6}|[0-9]{6,7}|XXXXXXX)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrnPattern();
}
