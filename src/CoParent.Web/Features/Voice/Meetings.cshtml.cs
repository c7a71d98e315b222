using CoParent.Core.Measures;
using CoParent.Core.Voice;
using CoParent.Data;
using CoParent.Web.Infrastructure.Downloads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Voice;

/// <summary>Meetings between children and decision-makers, by April-to-March year, newest first.</summary>
[Authorize(Roles = VoiceFeature.MeetingRecorders)]
public sealed class MeetingsModel(CoParentDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DecisionMakerMeeting> Meetings { get; private set; } = [];
    public MeasurePeriod Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year is >= 2000 and <= 2100 ? MeasurePeriod.YearToMarch(year.Value)
            : MeasurePeriod.YearToMarchContaining(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Meetings = await db.DecisionMakerMeetings.AsNoTracking()
            .Where(m => m.HeldOn >= Year.From && m.HeldOn <= Year.To).OrderByDescending(m => m.HeldOn).ToListAsync(ct);
        if (TableDownload.Format(Request.Query["format"]) is not { } format) return Page();
        return TableDownload.File(new DownloadTable($"meetings-with-decision-makers-{Year.From:yyyy-MM-dd}-to-{Year.To:yyyy-MM-dd}", Headers,
            Meetings.Select(m => (IReadOnlyList<string?>)[m.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.WithWhom,
                m.ChildrenTookPart.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Topics]).ToList()), format);
    }

    public static readonly IReadOnlyList<string> Headers = ["Date", "With", "Children and young people", "Topics"];
}
