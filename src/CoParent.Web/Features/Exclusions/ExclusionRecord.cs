using System.Globalization;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Notifications;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>A child's exclusions, part-time timetables and times missing education, as the page and the API show them.</summary>
public static class ExclusionRecord
{
    public sealed record ExclusionRow(
        int Id, string Kind, DateOnly StartDate, decimal? DaysLost, string Reason, string ReasonMeaning, string? School,
        DateOnly? AlternativeProvisionFrom, string Decision);

    public sealed record TimetableRow(int Id, DateOnly StartDate, DateOnly ReviewDate, DateOnly? EndDate, decimal HoursPerWeek, string Reason, string AgreedBy, bool ReviewOverdue);

    public sealed record MissingRow(int Id, DateOnly From, DateOnly? To, string Reason, string? Notes);

    public sealed record View(
        int ChildId, string ChildName, string AcademicYear, decimal SuspensionDaysThisYear, bool SuspensionLimitExceeded,
        IReadOnlyList<ExclusionRow> Exclusions, IReadOnlyList<TimetableRow> Timetables, IReadOnlyList<MissingRow> MissingEducation);

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.PreferredName, c.PersonId }).SingleOrDefaultAsync(ct);
        if (child is null) return null;
        var exclusions = await db.Exclusions.AsNoTracking().Where(e => e.ChildId == childId).OrderByDescending(e => e.StartDate).ToListAsync(ct);
        var schoolIds = exclusions.Where(e => e.SchoolId != null).Select(e => e.SchoolId!.Value).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var timetables = await db.PartTimeTimetables.AsNoTracking().Where(t => t.ChildId == childId).OrderByDescending(t => t.StartDate).ToListAsync(ct);
        var missing = await db.MissingEducationEpisodes.AsNoTracking().Where(m => m.ChildId == childId).OrderByDescending(m => m.From).ToListAsync(ct);
        var year = SchoolYear.AcademicYearStarting(today);
        return new View(
            childId, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId),
            SchoolYear.AcademicYearLabel(year), SuspensionLimit.DaysInYear(exclusions, year), SuspensionLimit.IsExceeded(exclusions, year),
            exclusions.Select(e => ToRow(e, e.SchoolId is { } s ? schools.GetValueOrDefault(s) : null)).ToList(),
            timetables.Select(t => new TimetableRow(t.Id, t.StartDate, t.ReviewDate, t.EndDate, t.HoursPerWeek, t.Reason, t.AgreedBy, t.IsReviewOverdueOn(today))).ToList(),
            missing.Select(m => new MissingRow(m.Id, m.From, m.To, MissingEducationEpisode.Describe(m.Reason), m.Notes)).ToList());
    }

    public static ExclusionRow ToRow(Exclusion e, string? school) => new(
        e.Id, KindText(e.Kind), e.StartDate, e.SessionsLost is { } s ? s / 2m : null, e.Reason, ExclusionReasons.Describe(e.Reason), school,
        e.AlternativeProvisionFrom, e.Decision.ToString().ToLowerInvariant());

    public static string KindText(ExclusionKind kind) => kind == ExclusionKind.Permanent ? "permanent" : "suspension";

    public static string ShowDays(decimal? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "";

    /// <summary>
    /// Checks what was entered and builds the exclusion, or returns null with every problem in <paramref name="errors"/>
    /// under <paramref name="key"/>(field). Days are school days, in halves because a suspension can be a morning or afternoon.
    /// </summary>
    public static Exclusion? Build(
        int childId, string? kind, DateOnly? start, string? days, string? reason, DateOnly? alternativeProvisionFrom, string? decision,
        ModelStateDictionary errors, Func<string, string> key)
    {
        var parsedKind = kind?.Trim().ToLowerInvariant() switch
        {
            "suspension" => ExclusionKind.Suspension,
            "permanent" => ExclusionKind.Permanent,
            _ => (ExclusionKind?)null,
        };
        if (parsedKind is null) errors.AddModelError(key("Kind"), "Select whether this was a suspension or a permanent exclusion");

        int? sessions = null;
        if (parsedKind == ExclusionKind.Suspension)
        {
            if (string.IsNullOrWhiteSpace(days))
            {
                errors.AddModelError(key("Days"), "Enter the number of school days the suspension lasts");
            }
            else if (!decimal.TryParse(days.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d * 2 != Math.Floor(d * 2))
            {
                errors.AddModelError(key("Days"), "Number of school days must be a number in whole or half days, like 2 or 0.5");
            }
            else if (d is < 0.5m or > 45m)
            {
                errors.AddModelError(key("Days"), "Number of school days must be between 0.5 and 45");
            }
            else
            {
                sessions = (int)(d * 2);
            }
        }

        var reasonCode = ExclusionReasons.Find(reason);
        if (reasonCode is null) errors.AddModelError(key("Reason"), "Select the reason the school gave");

        var parsedDecision = string.IsNullOrWhiteSpace(decision) ? ExclusionDecision.Upheld : decision.Trim().ToLowerInvariant() switch
        {
            "upheld" => ExclusionDecision.Upheld,
            "withdrawn" => ExclusionDecision.Withdrawn,
            "overturned" => ExclusionDecision.Overturned,
            _ => (ExclusionDecision?)null,
        };
        if (parsedDecision is null) errors.AddModelError(key("Decision"), "Select whether the exclusion stands, was withdrawn or was overturned");

        if (start is { } s && alternativeProvisionFrom is { } ap && ap < s)
        {
            errors.AddModelError(key("AlternativeProvisionFrom"), "Date alternative provision was arranged from must be on or after the exclusion's start date");
        }
        if (start is null || parsedKind is null || reasonCode is null || parsedDecision is null || !errors.IsValid) return null;
        return new Exclusion
        {
            ChildId = childId, Kind = parsedKind.Value, StartDate = start.Value, SessionsLost = sessions, Reason = reasonCode.Code,
            AlternativeProvisionFrom = alternativeProvisionFrom, Decision = parsedDecision.Value,
        };
    }

    /// <summary>Saves the exclusion with the school the child was on the roll of that day, and tells the child's workers.</summary>
    public static async Task SaveAsync(CoParentDbContext db, Exclusion exclusion, string? recordedBy, DateTimeOffset now, CancellationToken ct)
    {
        exclusion.SchoolId = await SchoolOnRollAsync(db, exclusion.ChildId, exclusion.StartDate, ct);
        exclusion.RecordedAt = now;
        exclusion.RecordedBy = recordedBy;
        db.Exclusions.Add(exclusion);
        if (exclusion.Decision == ExclusionDecision.Upheld)
        {
            var kind = exclusion.Kind == ExclusionKind.Permanent ? "exclusion.permanent" : "exclusion.suspension";
            await ChildWorkers.NotifyAsync(db, exclusion.ChildId, kind, exclusion.NoticeText(),
                $"/children/{exclusion.ChildId}/education/exclusions", now, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Puts the corrected details on the stored exclusion and finds the school again for its (possibly new) start date.
    /// Nobody is notified again: the correction changes a record they were already told about.
    /// </summary>
    public static async Task CorrectAsync(CoParentDbContext db, Exclusion stored, Exclusion corrected, CancellationToken ct)
    {
        stored.SchoolId = await SchoolOnRollAsync(db, stored.ChildId, corrected.StartDate, ct);
        stored.Kind = corrected.Kind;
        stored.StartDate = corrected.StartDate;
        stored.SessionsLost = corrected.SessionsLost;
        stored.Reason = corrected.Reason;
        stored.AlternativeProvisionFrom = corrected.AlternativeProvisionFrom;
        stored.Decision = corrected.Decision;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The school the child was on the roll of that day (the latest enrolment begun by then), if any.</summary>
    private static Task<int?> SchoolOnRollAsync(CoParentDbContext db, int childId, DateOnly on, CancellationToken ct) =>
        db.SchoolEnrolments.AsNoTracking()
            .Where(e => e.ChildId == childId && e.From <= on && (e.To == null || e.To >= on))
            .OrderByDescending(e => e.From).Select(e => (int?)e.SchoolId).FirstOrDefaultAsync(ct);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
