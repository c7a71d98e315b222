using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>What the leaving care forms share: yes/no answers and putting shared rule errors on the form's fields.</summary>
public static class LeavingCareForm
{
    public static readonly IReadOnlyList<(string Value, string Text)> YesNo = [("yes", "Yes"), ("no", "No")];

    public static bool? ParseYesNo(string? value) => value switch { "yes" => true, "no" => false, _ => null };

    public static string? ShowYesNo(bool? value) => value switch { true => "yes", false => "no", null => null };

    public static void AddErrors(ModelStateDictionary modelState, string prefix, IEnumerable<LeavingCareChanges.Error> errors)
    {
        foreach (var error in errors)
        {
            var key = $"{prefix}.{error.Field}";
            // A date the form could not read already has its own message.
            if (modelState[key]?.Errors.Count is null or 0) modelState.AddModelError(key, error.Message);
        }
    }
}
