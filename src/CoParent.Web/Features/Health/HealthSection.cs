using CoParent.Core.Children;
using CoParent.Core.Health;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Health;

/// <summary>A child's health section: what is due next, and every health record newest first.</summary>
public static class HealthSection
{
    public sealed record Due(string What, DateOnly DueBy, bool Overdue);
    public sealed record Assessment(DateOnly HeldOn, string Kind, string HeldBy);
    public sealed record Immunisation(DateOnly CheckedOn, bool UpToDate);
    public sealed record Sdq(DateOnly CompletedOn, int Score, string CompletedBy, string? Band);
    public sealed record Passport(DateOnly GivenOn, IReadOnlyList<string> Contents, string? OtherContents);

    public sealed record View(
        int ChildId, string ChildName, DateOnly DateOfBirth, bool InCare, IReadOnlyList<Due> DueNext,
        IReadOnlyList<Assessment> Assessments, IReadOnlyList<DateOnly> DentalChecks, IReadOnlyList<Immunisation> Immunisations,
        IReadOnlyList<Sdq> Sdqs, IReadOnlyList<Passport> Passports);

    public static string Informant(SdqInformant who) => who switch
    {
        SdqInformant.Carer => "Carer",
        SdqInformant.Teacher => "Teacher",
        _ => "Young person",
    };

    public static async Task<View?> LoadAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == childId)
            .Select(c => new { c.GivenName, c.FamilyName, c.PreferredName, c.PersonId, c.DateOfBirth }).SingleOrDefaultAsync(ct);
        if (child is null) return null;
        var health = (await HealthData.LoadOneAsync(db, childId, ct))!;
        var due = HealthTimetable.WhatIsDue(health, today).Select(d => new Due(d.What, d.DueBy, d.IsOverdueOn(today))).ToList();

        var assessments = await db.HealthAssessments.AsNoTracking().Where(a => a.ChildId == childId).OrderByDescending(a => a.HeldOn)
            .Select(a => new { a.HeldOn, a.Kind, a.HeldBy }).ToListAsync(ct);
        var sdqs = await db.SdqAssessments.AsNoTracking().Where(a => a.ChildId == childId).OrderByDescending(a => a.CompletedOn)
            .Select(a => new { a.CompletedOn, a.TotalScore, a.CompletedBy }).ToListAsync(ct);
        var passports = await db.HealthPassports.AsNoTracking().Where(a => a.ChildId == childId).OrderByDescending(a => a.GivenOn)
            .Select(a => new { a.GivenOn, a.Contents, a.OtherContents }).ToListAsync(ct);

        return new View(
            childId, Child.NameToShow(child.GivenName, child.FamilyName, child.PreferredName, child.PersonId), child.DateOfBirth,
            health.Episodes.Any(e => e.IsOpenOn(today)), due,
            assessments.Select(a => new Assessment(a.HeldOn, a.Kind == HealthAssessmentKind.Initial ? "Initial" : "Review", a.HeldBy)).ToList(),
            health.DentalChecks.OrderDescending().ToList(),
            health.Immunisations.OrderByDescending(i => i.CheckedOn).Select(i => new Immunisation(i.CheckedOn, i.UpToDate)).ToList(),
            sdqs.Select(s => new Sdq(s.CompletedOn, s.TotalScore, Informant(s.CompletedBy),
                s.CompletedBy == SdqInformant.Carer ? HealthTimetable.Describe(HealthTimetable.Band(s.TotalScore)) : null)).ToList(),
            passports.Select(p => new Passport(p.GivenOn, [.. HealthPassportItems.Describe(p.Contents)], p.OtherContents)).ToList());
    }
}
