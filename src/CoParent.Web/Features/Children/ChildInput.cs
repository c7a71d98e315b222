using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Ssda903;
using CoParent.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Children;

/// <summary>The child's details as the add and edit forms post them (never the entity itself).</summary>
public sealed class ChildInput
{
    public string? PersonId { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? PreferredName { get; set; }
    public DateInput DateOfBirth { get; set; } = new();
    public string? Sex { get; set; }
    public string? Ethnicity { get; set; }
    public bool IsUasc { get; set; }
    public string? Upn { get; set; }
    public string? HomePostcode { get; set; }

    public static ChildInput From(Child child) => new()
    {
        PersonId = child.PersonId, GivenName = child.GivenName, FamilyName = child.FamilyName, PreferredName = child.PreferredName,
        DateOfBirth = DateInput.From(child.DateOfBirth), Sex = child.Sex, Ethnicity = child.Ethnicity, IsUasc = child.IsUasc,
        Upn = child.Upn, HomePostcode = child.HomePostcode,
    };

    /// <summary>Copies the input onto the child and checks it, with errors under <paramref name="prefix"/>.</summary>
    public async Task ApplyAsync(Child child, ModelStateDictionary modelState, string prefix, DateOnly today, CoParentDbContext db, CancellationToken ct)
    {
        var dob = DateOfBirth.Validate(modelState, $"{prefix}.{nameof(DateOfBirth)}", "the child's date of birth");
        child.PersonId = PersonId?.Trim() ?? "";
        child.GivenName = GivenName?.Trim() ?? "";
        child.FamilyName = FamilyName?.Trim() ?? "";
        child.PreferredName = Choices.Clean(PreferredName);
        child.DateOfBirth = dob ?? child.DateOfBirth;
        child.Sex = CodeSets.Sex.Canonical(Sex) ?? Sex?.Trim() ?? "";
        child.Ethnicity = CodeSets.Ethnicity.Canonical(Ethnicity) ?? Ethnicity?.Trim() ?? "";
        child.IsUasc = IsUasc;
        child.Upn = Choices.Clean(Upn)?.ToUpperInvariant();
        child.HomePostcode = Choices.Clean(HomePostcode)?.ToUpperInvariant();

        foreach (var error in ChildRules.Check(child, today))
        {
            if (error.Field == nameof(Child.DateOfBirth) && dob is null) continue;
            modelState.AddModelError($"{prefix}.{error.Field}", error.Message);
        }
        if (child.PersonId.Length > 0 && await db.Children.AnyAsync(c => c.PersonId == child.PersonId && c.Id != child.Id, ct))
        {
            modelState.AddModelError($"{prefix}.{nameof(PersonId)}", "Another child already has this person ID");
        }
    }
}

/// <summary>The placement and legal status fields of a new episode, as forms post them.</summary>
public sealed class EpisodeInput
{
    public string? Ls { get; set; }
    public string? Cin { get; set; }
    public string? Place { get; set; }
    public string? PlaceProvider { get; set; }
    public string? PlPost { get; set; }
    public string? Urn { get; set; }
    public string? CarerName { get; set; }

    public static EpisodeInput From(CareEpisode e) => new()
    {
        Ls = e.Ls, Cin = e.Cin, Place = e.Place, PlaceProvider = e.PlaceProvider, PlPost = e.PlPost, Urn = e.Urn, CarerName = e.CarerName,
    };

    public void ApplyTo(CareEpisode episode)
    {
        episode.Ls = CodeSets.LegalStatus.Canonical(Ls) ?? Ls?.Trim() ?? "";
        episode.Cin = CodeSets.CategoryOfNeed.Canonical(Cin) ?? Cin?.Trim() ?? "";
        episode.Place = CodeSets.PlacementType.Canonical(Place) ?? Place?.Trim() ?? "";
        episode.PlaceProvider = CodeSets.PlacementProvider.Canonical(PlaceProvider) ?? Choices.Clean(PlaceProvider);
        episode.PlPost = Choices.Clean(PlPost)?.ToUpperInvariant();
        episode.Urn = Choices.Clean(Urn)?.ToUpperInvariant();
        episode.CarerName = Choices.Clean(CarerName);
    }

    public const int CarerNameMaxLength = 120;
}
