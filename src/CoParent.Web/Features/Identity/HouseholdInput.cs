using CoParent.Core.Identity;
using CoParent.Core.Ssda903;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.Identity;

/// <summary>A carers' household as the forms post it (the child's page and the managers' list share it).</summary>
public sealed class HouseholdInput
{
    public string? Name { get; set; }
    public string? PlaceProvider { get; set; }
    public string? Agency { get; set; }
    public string? Ethnicity { get; set; }
    public string? SecondEthnicity { get; set; }
    public string? Religion { get; set; }

    public static HouseholdInput From(CarerHousehold h) => new()
    {
        Name = h.Name, PlaceProvider = h.PlaceProvider, Agency = h.Agency, Ethnicity = h.Ethnicity, SecondEthnicity = h.SecondEthnicity,
        Religion = Religions.Canonical(h.Religion),
    };

    /// <summary>Foster carers are the council's own (PR1), another council's (PR2) or an agency's (PR4, PR5).</summary>
    public static IReadOnlyList<(string Value, string Text)> ProviderChoices =>
        CodeSets.PlacementProvider.Codes.Where(c => c.Code is "PR1" or "PR2" or "PR4" or "PR5")
            .Select(c => (c.Code, $"{c.Code}: {c.Meaning}")).Prepend(("", "Select")).ToList();

    public static IReadOnlyList<(string Value, string Text)> EthnicityChoices(string blank) =>
        CodeSets.Ethnicity.Codes.Select(c => (c.Code, $"{c.Meaning} ({c.Code})")).Prepend(("", blank)).ToList();

    /// <summary>Copies the input onto the household, with errors under <paramref name="prefix"/>.</summary>
    public void ApplyTo(CarerHousehold household, ModelStateDictionary modelState, string prefix)
    {
        var name = Choices.Clean(Name);
        if (name is null) modelState.AddModelError($"{prefix}.{nameof(Name)}", "Enter the household's name, as the placement records the carers");
        else if (name.Length > CarerHousehold.NameMaxLength) modelState.AddModelError($"{prefix}.{nameof(Name)}", $"The household's name must be {CarerHousehold.NameMaxLength} characters or fewer");
        var provider = CodeSets.PlacementProvider.Canonical(PlaceProvider);
        if (provider is null || !ProviderChoices.Any(c => c.Value == provider)) modelState.AddModelError($"{prefix}.{nameof(PlaceProvider)}", "Select who the carers foster for");
        var agency = Choices.Clean(Agency);
        if (agency is { Length: > CarerHousehold.AgencyMaxLength }) modelState.AddModelError($"{prefix}.{nameof(Agency)}", $"The agency's name must be {CarerHousehold.AgencyMaxLength} characters or fewer");
        var ethnicity = CodeSets.Ethnicity.Canonical(Ethnicity);
        if (ethnicity is null) modelState.AddModelError($"{prefix}.{nameof(Ethnicity)}", "Select the household's ethnicity");
        var second = string.IsNullOrWhiteSpace(SecondEthnicity) ? null : CodeSets.Ethnicity.Canonical(SecondEthnicity);
        if (!string.IsNullOrWhiteSpace(SecondEthnicity) && second is null) modelState.AddModelError($"{prefix}.{nameof(SecondEthnicity)}", "Select a second ethnicity from the list, or leave it blank");
        var religion = Religions.Canonical(Religion);
        if (religion is null || !Religions.Choices.Contains(religion)) modelState.AddModelError($"{prefix}.{nameof(Religion)}", "Select the household's religion, or that they prefer not to say");

        household.Name = name ?? household.Name;
        household.PlaceProvider = provider;
        household.Agency = agency;
        household.Ethnicity = ethnicity ?? household.Ethnicity;
        household.SecondEthnicity = second == ethnicity ? null : second;
        household.Religion = religion;
    }
}
