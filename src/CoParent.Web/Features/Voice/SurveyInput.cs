using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoParent.Web.Features.Voice;

/// <summary>A survey's title, words for the child and dates, as the create and edit forms take them.</summary>
public sealed class SurveyInput
{
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public DateInput Opens { get; set; } = new();
    public DateInput Closes { get; set; } = new();

    public (string Title, string Introduction, DateOnly Opens, DateOnly Closes)? Validate(ModelStateDictionary state, string prefix)
    {
        var title = Choices.Clean(Title);
        if (title is null) state.AddModelError($"{prefix}.Title", "Enter a title for the survey");
        else if (title.Length > 200) state.AddModelError($"{prefix}.Title", "The title must be 200 characters or fewer");
        var introduction = Choices.Clean(Introduction);
        if (introduction is null) state.AddModelError($"{prefix}.Introduction", "Enter what children read first: why we ask and what happens to their answers");
        else if (introduction.Length > 2000) state.AddModelError($"{prefix}.Introduction", "The introduction must be 2,000 characters or fewer");
        var opens = Opens.Validate(state, $"{prefix}.Opens", "the date the survey opens");
        var closes = Closes.Validate(state, $"{prefix}.Closes", "the date the survey closes");
        if (opens is not null && closes is not null && closes < opens)
        {
            state.AddModelError($"{prefix}.Closes", "The date the survey closes must be on or after the date it opens");
        }
        return state.IsValid ? (title!, introduction!, opens!.Value, closes!.Value) : null;
    }
}
