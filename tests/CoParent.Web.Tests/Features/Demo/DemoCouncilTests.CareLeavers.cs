using CoParent.Core.Allocations;
using CoParent.Core.CareLeavers;
using CoParent.Core.Measures;
using CoParent.Core.Ssda903.Returns;
using CoParent.Data.Demo;
using CoParent.Web.Features.Outcomes;
using CoParent.Web.Features.LeavingCare;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Tests.Features.Demo;

/// <summary>The demo council's leaving care records: personal advisers' caseloads, rates like a real council's, and OC3 rows that agree.</summary>
public abstract partial class DemoCouncilTests
{
    [SkippableFact]
    public async Task Generate_DemoPersonalAdviser_HoldsAboutTwentyFiveYoungPeople()
    {
        var held = await Demo.WithDbAsync(async db =>
        {
            var adviser = await db.Users.SingleAsync(u => u.UserName == "personal.adviser");
            return await db.Allocations.CountAsync(a => a.UserId == adviser.Id && a.Role == AllocationRole.PersonalAdviser && a.To == null);
        });

        Assert.InRange(held, 10, DemoCareLeavers.Caseload + 1);
    }

    [SkippableFact]
    public async Task Generate_Oc3Rows_SayWhatTheYoungPersonsRecordsSayAroundTheirBirthday()
    {
        var (rows, facts) = await Demo.WithDbAsync(async db =>
        {
            var rows = await db.CareLeaverYears.AsNoTracking().Where(y => y.InTouch == "YES").ToListAsync();
            var ids = rows.Select(r => r.ChildId).Distinct().ToList();
            var facts = await CareLeaverYears.LoadFactsAsync(db, db.Children.Where(c => ids.Contains(c.Id)), default);
            return (rows, facts.ToDictionary(f => f.ChildId));
        });
        var withRecords = rows.Where(r => facts[r.ChildId].Statuses.Count > 0).ToList();

        Assert.NotEmpty(withRecords);
        Assert.All(withRecords, row =>
        {
            var person = facts[row.ChildId];
            var derived = CareLeaverReturn.Derive(person.DateOfBirth, new CollectionYear(row.CollectionYear), "YES", person.Activities, person.Homes);
            Assert.Equal((row.Activity, row.Accommodation), (derived?.Activity, derived?.Accommodation));
        });
    }

    [SkippableFact]
    public async Task Generate_CareLeaverMeasures_LookLikeACouncils()
    {
        var measures = await Demo.WithDbAsync(db => new CareLeaverOutcomeMeasures(CareHistories.On(db)).CalculateAsync(db, MeasurePeriod.YearToMarch(2026), default));
        decimal Value(string id) => measures.Single(m => m.Id == id).Value ?? -1;

        // A small council (200 care leavers) is noisy: wide bands around six in ten EET and most suitably housed.
        Assert.InRange(Value("leaving-care.eet.19-21"), 35m, 80m);
        Assert.InRange(Value("leaving-care.suitable-accommodation.19-21"), 65m, 100m);
        Assert.InRange(Value("leaving-care.staying-put"), 0m, 60m);
    }
}
