using System.Text.RegularExpressions;
using CoParent.Core.Strategy;
using CoParent.Data;
using CoParent.Data.Strategy;
using CoParent.Web.Features.Access;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Strategy;

public sealed class StrategyPartInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ForChildren { get; set; }

    /// <summary>One sub-promise a line, each starting with its number ("1.3 Help you explore who you are").</summary>
    public string? SubPromises { get; set; }
    public string? Text { get; set; }
    public DateInput StartsOn { get; set; } = new();
    public DateInput EndsOn { get; set; } = new();
    public string? Reason { get; set; }
}

/// <summary>
/// An administrator changes the wording of one part of the strategy: the title and dates, a Priority, an Outcome, a
/// Pledge promise, an Attribute or a Covenant theme. Numbers and links between parts are the strategy's structure
/// and change only by loading a new strategy. Each save is a new version with its reason.
/// </summary>
[Authorize(Policy = Infrastructure.Policies.Administration)]
public sealed partial class EditModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    private const string Prefix = nameof(Input) + ".";

    [BindProperty] public StrategyPartInput Input { get; set; } = new();
    [FromRoute] public string Part { get; set; } = "";
    [FromRoute] public int? Number { get; set; }

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        if (!Fill(strategy)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var strategy = await StrategyStore.CurrentAsync(db, ct);
        var posted = Input;
        if (!Fill(strategy)) return NotFound();
        Input = posted;

        var changed = Apply(strategy);
        if (string.IsNullOrWhiteSpace(Input.Reason)) ModelState.AddModelError(Prefix + nameof(StrategyPartInput.Reason), "Enter why you are making this change");
        if (ModelState.IsValid && changed is not null && changed.ToJson() == strategy.ToJson())
        {
            ModelState.AddModelError(Prefix + FirstField, "Change the wording before saving: this is the wording already in force");
        }
        if (ModelState.IsValid && changed is not null)
        {
            foreach (var error in await StrategyStore.SaveAsync(db, changed, Input.Reason!.Trim(), User.UserName() ?? "", clock.GetUtcNow().UtcDateTime, ct))
            {
                ModelState.AddModelError(Prefix + FirstField, error);
            }
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect("/strategy/history");
    }

    /// <summary>The field an error about the whole part is shown against.</summary>
    public string FirstField => Part == "attribute" ? nameof(StrategyPartInput.Text) : nameof(StrategyPartInput.Title);

    /// <summary>The form as the strategy in force has it; false when there is no such part.</summary>
    private bool Fill(StrategyDocument s)
    {
        switch (Part)
        {
            case "title" when Number is null:
                Heading = "Change the strategy's title and dates";
                Input = new() { Title = s.Title, StartsOn = DateInput.From(s.StartsOn), EndsOn = DateInput.From(s.EndsOn) };
                return true;
            case "priority" when Number is { } n && s.Priority(n) is { } p:
                Heading = $"Change Priority {n}";
                Input = new() { Title = p.Title, Description = p.Description };
                return true;
            case "outcome" when Number is { } n && s.Outcome(n) is { } o:
                Heading = $"Change Outcome {n}";
                Input = new() { Title = o.Title, Description = o.Description };
                return true;
            case "promise" when Number is { } n && s.Promise(n) is { } p:
                Heading = $"Change Pledge promise {n}";
                Input = new()
                {
                    Title = p.Title, ForChildren = p.ForChildren,
                    SubPromises = string.Join("\n", (p.SubPromises ?? []).Select(x => $"{x.Number} {x.Text}")),
                };
                return true;
            case "attribute" when Number is { } n && s.Attributes.FirstOrDefault(a => a.Number == n) is { } a:
                Heading = $"Change Attribute of a Good Parent {n}";
                Input = new() { Text = a.Text };
                return true;
            case "theme" when Number is { } n && s.CovenantThemes.FirstOrDefault(c => c.Number == n) is { } c:
                Heading = $"Change Care Leavers Covenant theme {n}";
                Input = new() { Title = c.Title, Description = c.Description };
                return true;
            default:
                return false;
        }
    }

    /// <summary>The strategy with the posted wording in place, or null with the errors in model state.</summary>
    private StrategyDocument? Apply(StrategyDocument s)
    {
        var n = Number ?? 0;
        switch (Part)
        {
            case "title":
                var title = Required(nameof(StrategyPartInput.Title), Input.Title, "Enter the strategy's title");
                var starts = Input.StartsOn.Validate(ModelState, Prefix + nameof(StrategyPartInput.StartsOn), "the day the strategy starts");
                var ends = Input.EndsOn.Validate(ModelState, Prefix + nameof(StrategyPartInput.EndsOn), "the day the strategy ends");
                if (starts is not null && ends is not null && ends < starts)
                {
                    ModelState.AddModelError(Prefix + nameof(StrategyPartInput.EndsOn), "The day the strategy ends must be on or after the day it starts");
                }
                return ModelState.IsValid ? s with { Title = title!, StartsOn = starts!.Value, EndsOn = ends!.Value } : null;
            case "priority":
            {
                var t = Required(nameof(StrategyPartInput.Title), Input.Title, "Enter the priority's title");
                var d = Clean(Input.Description);
                return ModelState.IsValid ? s with { Priorities = Replace(s.Priorities, p => p.Number == n, p => p with { Title = t!, Description = d }) } : null;
            }
            case "outcome":
            {
                var t = Required(nameof(StrategyPartInput.Title), Input.Title, "Enter the outcome's title");
                var d = Clean(Input.Description);
                return ModelState.IsValid ? s with { Outcomes = Replace(s.Outcomes, o => o.Number == n, o => o with { Title = t!, Description = d }) } : null;
            }
            case "promise":
            {
                var t = Required(nameof(StrategyPartInput.Title), Input.Title, "Enter the promise's title");
                var words = Clean(Input.ForChildren);
                var subs = SubPromises(n, Input.SubPromises);
                return ModelState.IsValid
                    ? s with { Pledge = Replace(s.Pledge, p => p.Number == n, p => p with { Title = t!, ForChildren = words, SubPromises = subs }) }
                    : null;
            }
            case "attribute":
            {
                var t = Required(nameof(StrategyPartInput.Text), Input.Text, "Enter the attribute's wording");
                return ModelState.IsValid ? s with { Attributes = Replace(s.Attributes, a => a.Number == n, a => a with { Text = t! }) } : null;
            }
            case "theme":
            {
                var t = Required(nameof(StrategyPartInput.Title), Input.Title, "Enter the theme's title");
                var d = Clean(Input.Description);
                return ModelState.IsValid ? s with { CovenantThemes = Replace(s.CovenantThemes, c => c.Number == n, c => c with { Title = t!, Description = d }) } : null;
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// One sub-promise a line. A line may start with its number ("1.3"); a line without one is numbered after the
    /// line before it, so an administrator can add a line without counting.
    /// </summary>
    private List<PledgeSubPromise> SubPromises(int promise, string? text)
    {
        var subs = new List<PledgeSubPromise>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        foreach (var line in lines)
        {
            var match = NumberedLine().Match(line);
            var number = match.Success ? match.Groups["number"].Value : $"{promise}.{subs.Count + 1}";
            var words = match.Success ? match.Groups["text"].Value.Trim() : line;
            if (words.Length == 0) ModelState.AddModelError(Prefix + nameof(StrategyPartInput.SubPromises), $"Sub-promise {number} needs its wording after the number");
            else if (subs.Any(s => s.Number == number)) ModelState.AddModelError(Prefix + nameof(StrategyPartInput.SubPromises), $"There is more than one sub-promise numbered {number}");
            subs.Add(new PledgeSubPromise(number, words));
        }
        return subs;
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)+)\s*(?<text>.*)$")]
    private static partial Regex NumberedLine();

    private string? Required(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) ModelState.AddModelError(Prefix + field, message);
        return value?.Trim();
    }

    private static string Clean(string? value) => value?.Trim() ?? "";

    private static List<T> Replace<T>(IEnumerable<T> parts, Func<T, bool> which, Func<T, T> change) =>
        parts.Select(p => which(p) ? change(p) : p).ToList();

    public bool Has(string field) => Part switch
    {
        "title" => field is nameof(StrategyPartInput.Title) or "Dates",
        "priority" or "outcome" or "theme" => field is nameof(StrategyPartInput.Title) or nameof(StrategyPartInput.Description),
        "promise" => field is nameof(StrategyPartInput.Title) or nameof(StrategyPartInput.ForChildren) or nameof(StrategyPartInput.SubPromises),
        "attribute" => field is nameof(StrategyPartInput.Text),
        _ => false,
    };
}
