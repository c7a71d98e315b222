using CoParent.Core.Allocations;
using CoParent.Core.Education;

namespace CoParent.Web.Tests.Infrastructure;

/// <summary>Two schools every test database has: the designated teacher's (A) and another (B).</summary>
public static class TestSchools
{
    public const string SchoolA = "900001";
    public const string SchoolB = "900002";

    public static Task<(int A, int B)> CreateAsync(CoParentApp app) =>
        app.WithDbAsync(async db =>
        {
            var a = new School
            {
                Urn = SchoolA, Name = "Test Primary School A", EstablishmentType = "Community school", Phase = SchoolPhase.Primary,
                LaCode = "881", LaName = "Essex", Postcode = "CM1 1QH", OfstedRating = OfstedRating.Good,
            };
            var b = new School
            {
                Urn = SchoolB, Name = "Test Academy B", EstablishmentType = "Academy converter", Phase = SchoolPhase.Secondary,
                LaCode = "883", LaName = "Southend-on-Sea", Postcode = "SS1 1AA",
            };
            db.Schools.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
}

public static partial class TestData
{
    /// <summary>Puts the child on a school's roll from a year ago (the school's designated teacher then sees them).</summary>
    public static Task EnrolAsync(CoParentApp app, int childId, int schoolId, DateOnly? from = null, SenProvision sen = SenProvision.None) =>
        app.WithDbAsync(async db =>
        {
            db.SchoolEnrolments.Add(new SchoolEnrolment
            {
                ChildId = childId, SchoolId = schoolId, Sen = sen,
                From = from ?? DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime).AddYears(-1),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>Puts the child on a Virtual School officer's caseload from a year ago.</summary>
    public static Task AllocateVirtualSchoolOfficerAsync(CoParentApp app, int childId, string officerId) =>
        app.WithDbAsync(async db =>
        {
            db.Allocations.Add(new Allocation
            {
                ChildId = childId, Role = AllocationRole.VirtualSchoolOfficer, UserId = officerId,
                From = DateOnly.FromDateTime(CoParentApp.Now.UtcDateTime).AddYears(-1),
            });
            await db.SaveChangesAsync();
        });
}
