using System.Globalization;
using CoParent.Core.Education;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>
/// Correcting and removing a child's exclusions, part-time timetables and times missing education. Each record is found
/// by its id AND the child in the route, so a record of another child can never be reached through a child the user may see.
/// </summary>
public static class Corrections
{
    /// <summary>The route segment naming each kind of record: /children/{id}/education/exclusions/{segment}/{recordId}/edit or /remove.</summary>
    public const string KindSegments = "^(exclusion|timetable|missing-education)$";

    public static ExclusionRecordKind? KindOf(string? segment) => segment switch
    {
        "exclusion" => ExclusionRecordKind.Exclusion,
        "timetable" => ExclusionRecordKind.PartTimeTimetable,
        "missing-education" => ExclusionRecordKind.MissingEducation,
        _ => null,
    };

    public static string Segment(ExclusionRecordKind kind) => kind switch
    {
        ExclusionRecordKind.Exclusion => "exclusion",
        ExclusionRecordKind.PartTimeTimetable => "timetable",
        _ => "missing-education",
    };

    public static string EditLink(int childId, ExclusionRecordKind kind, int recordId) =>
        $"/children/{childId}/education/exclusions/{Segment(kind)}/{recordId}/edit";

    public static string RemoveLink(int childId, ExclusionRecordKind kind, int recordId) =>
        $"/children/{childId}/education/exclusions/{Segment(kind)}/{recordId}/remove";

    public static string Noun(ExclusionRecordKind kind) => kind switch
    {
        ExclusionRecordKind.Exclusion => "exclusion",
        ExclusionRecordKind.PartTimeTimetable => "part-time timetable",
        _ => "time missing education",
    };

    /// <summary>The audit action for a correction or removal, e.g. education.exclusion.correct.</summary>
    public static string AuditAction(ExclusionRecordKind kind, string verb) => kind switch
    {
        ExclusionRecordKind.Exclusion => $"education.exclusion.{verb}",
        ExclusionRecordKind.PartTimeTimetable => $"education.part-time-timetable.{verb}",
        _ => $"education.missing-education.{verb}",
    };

    /// <summary>What the record says, in words, for the confirmation page and the removal's history row.</summary>
    public static async Task<string?> DescribeAsync(CoParentDbContext db, int childId, ExclusionRecordKind kind, int recordId, CancellationToken ct)
    {
        switch (kind)
        {
            case ExclusionRecordKind.Exclusion:
                var e = await db.Exclusions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == recordId && x.ChildId == childId, ct);
                return e is null ? null : e.Kind == ExclusionKind.Permanent
                    ? $"Permanent exclusion from {Show(e.StartDate)}: {ExclusionReasons.Describe(e.Reason)} ({e.Decision.ToString().ToLowerInvariant()})"
                    : $"Suspension of {ExclusionRecord.ShowDays((e.SessionsLost ?? 0) / 2m)} school days from {Show(e.StartDate)}: {ExclusionReasons.Describe(e.Reason)} ({e.Decision.ToString().ToLowerInvariant()})";
            case ExclusionRecordKind.PartTimeTimetable:
                var t = await db.PartTimeTimetables.AsNoTracking().SingleOrDefaultAsync(x => x.Id == recordId && x.ChildId == childId, ct);
                return t is null ? null
                    : $"Part-time timetable of {t.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture)} hours a week from {Show(t.StartDate)}" +
                      (t.EndDate is { } end ? $" to {Show(end)}" : "") + $", review by {Show(t.ReviewDate)}";
            default:
                var m = await db.MissingEducationEpisodes.AsNoTracking().SingleOrDefaultAsync(x => x.Id == recordId && x.ChildId == childId, ct);
                return m is null ? null
                    : $"Missing education from {Show(m.From)}" + (m.To is { } to ? $" to {Show(to)}" : "") + $": {MissingEducationEpisode.Describe(m.Reason)}";
        }
    }

    /// <summary>Deletes the record and keeps what it said, why it went and who removed it; false when the child has no such record.</summary>
    public static async Task<bool> RemoveAsync(
        CoParentDbContext db, int childId, ExclusionRecordKind kind, int recordId, string reason, string? by, DateTimeOffset now, CancellationToken ct)
    {
        if (await DescribeAsync(db, childId, kind, recordId, ct) is not { } summary) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = kind switch
        {
            ExclusionRecordKind.Exclusion => await db.Exclusions.Where(x => x.Id == recordId && x.ChildId == childId).ExecuteDeleteAsync(ct),
            ExclusionRecordKind.PartTimeTimetable => await db.PartTimeTimetables.Where(x => x.Id == recordId && x.ChildId == childId).ExecuteDeleteAsync(ct),
            _ => await db.MissingEducationEpisodes.Where(x => x.Id == recordId && x.ChildId == childId).ExecuteDeleteAsync(ct),
        };
        if (removed == 0) return false;
        db.ExclusionRemovals.Add(new ExclusionRemoval
        {
            ChildId = childId, Kind = kind, RecordId = recordId, Summary = summary.Length > 500 ? summary[..500] : summary,
            Reason = reason, RemovedBy = by, RemovedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
