using System.Globalization;
using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Features.Children;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoParent.Web.Features.Voice;

[Authorize(Roles = VoiceFeature.MeetingRecorders)]
public sealed class NewMeetingModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public sealed class MeetingInput
    {
        public DateInput HeldOn { get; set; } = new();
        public string? With { get; set; }
        public string? WithOther { get; set; }
        public string? ChildrenTookPart { get; set; }
        public string? Topics { get; set; }
    }

    [BindProperty] public MeetingInput Input { get; set; } = new();

    public static IReadOnlyList<(string Value, string Text)> WithChoices { get; } =
        [("", "Select"), .. Enum.GetValues<DecisionMakers>().Select(d => (d.ToString(), DecisionMakerMeeting.Describe(d)))];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var held = Input.HeldOn.Validate(ModelState, "Input.HeldOn", "the date of the meeting");
        if (held > today) ModelState.AddModelError("Input.HeldOn", "The date of the meeting must be today or in the past");
        var with = Enum.TryParse<DecisionMakers>(Input.With, out var parsed) && Enum.IsDefined(parsed) ? parsed : (DecisionMakers?)null;
        if (with is null) ModelState.AddModelError("Input.With", "Select who the children met");
        var other = Choices.Clean(Input.WithOther);
        if (with == DecisionMakers.Other && other is null) ModelState.AddModelError("Input.WithOther", "Enter who the children met");
        else if (other?.Length > 200) ModelState.AddModelError("Input.WithOther", "Who the children met must be 200 characters or fewer");
        if (!int.TryParse(Input.ChildrenTookPart, NumberStyles.None, CultureInfo.InvariantCulture, out var children) || children is < 1 or > 1000)
        {
            ModelState.AddModelError("Input.ChildrenTookPart", "Enter how many children and young people took part, as a number from 1 to 1,000");
        }
        var topics = Choices.Clean(Input.Topics);
        if (topics is null) ModelState.AddModelError("Input.Topics", "Enter what was talked about");
        else if (topics.Length > 2000) ModelState.AddModelError("Input.Topics", "What was talked about must be 2,000 characters or fewer");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.DecisionMakerMeetings.Add(new DecisionMakerMeeting
        {
            HeldOn = held!.Value, With = with!.Value, WithOther = with == DecisionMakers.Other ? other : null,
            ChildrenTookPart = children, Topics = topics!, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/have-your-say/meetings?year={MeasurePeriodYear(held.Value)}");
    }

    private static int MeasurePeriodYear(DateOnly date) => Core.Measures.MeasurePeriod.YearToMarchContaining(date).To.Year;
}
