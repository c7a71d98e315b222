using CoParent.Core.Children;
using CoParent.Core.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.Identity;

/// <summary>What the identity section's forms share: the choices they offer and how a broken rule becomes a field error.</summary>
public static class IdentityForms
{
    public static IReadOnlyList<(string Value, string Text)> ReligionChoices => Religions.Choices.Select(r => (r, r)).ToList();

    public static IReadOnlyList<(string Value, string Text)> FeelingChoices =>
    [
        .. Enum.GetValues<LifeStoryFeeling>().Select(f => (IdentityFeature.FeelingCode(f), LifeStoryWork.Describe(f))),
        ("", "Not asked yet"),
    ];

    /// <summary>Each broken rule under the form's key for its field (<c>Input.Completed</c>), so the summary links to the field.</summary>
    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<RuleError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = $"{prefix}.{error.Field}";
            if (modelState[key]?.Errors.Count > 0) continue; // the date itself was already not a real date
            modelState.AddModelError(key, error.Message);
        }
    }
}
