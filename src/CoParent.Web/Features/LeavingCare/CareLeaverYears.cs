using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Ssda903.Returns;
using CoParent.Core.Measures;
using CoParent.Data;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.LeavingCare;

/// <summary>
/// Keeps the return's OC3 rows (<see cref="CareLeaverYear"/>) in step with what a personal adviser records:
/// after a change, each collection year with the young person's 17th to 21st birthday, from when they had
/// left care up to today, gets the row <see cref="CareLeaverReturn"/> derives. Saved with the caller's changes.
/// </summary>
public static class CareLeaverYears
{
    public static async Task WriteThroughAsync(CoParentDbContext db, int childId, DateOnly today, CancellationToken ct)
    {
        var facts = await LoadFactsAsync(db, db.Children.Where(c => c.Id == childId), ct);
        if (facts.Count == 0) return;
        var person = facts[0];
        var rows = await db.CareLeaverYears.Where(y => y.ChildId == childId).ToListAsync(ct);
        for (var age = CareLeaverReturn.FirstAge; age <= CareLeaverReturn.LastAge; age++)
        {
            var birthday = Age.Birthday(person.DateOfBirth, person.DateOfBirth.Year + age);
            if (birthday > today) break;
            // Only a care leaver has an OC3 row: someone still looked after on the birthday is in the episode tables instead.
            if (!person.IsCareLeaverOn(birthday)) continue;
            var year = CollectionYear.Containing(birthday);
            var row = rows.SingleOrDefault(r => r.CollectionYear == year.Year);
            // Whether they are in touch is recorded as it is now, so it speaks for this year's row only; earlier rows keep theirs.
            var inTouch = year == CollectionYear.Containing(today) ? person.InTouch : row?.InTouch;
            var derived = CareLeaverReturn.AtBirthday(birthday, age, inTouch, person.Activities, person.Homes);
            if (row is null)
            {
                if (derived.Activity is null && derived.Accommodation is null) continue;
                row = new CareLeaverYear { ChildId = childId, CollectionYear = year.Year };
                db.CareLeaverYears.Add(row);
                rows.Add(row);
            }
            row.InTouch = derived.InTouch;
            // Where nothing is recorded around the birthday, what the return already holds stands.
            row.Activity = derived.Activity ?? row.Activity;
            row.Accommodation = derived.Accommodation ?? row.Accommodation;
        }
    }

    /// <summary>
    /// What the care leaver measures and the OC3 derivation need, for the young people the query selects; their care
    /// from <paramref name="histories"/> when those are already read (<see cref="Outcomes.CareHistories"/>).
    /// </summary>
    public static async Task<List<CareLeaverFacts>> LoadFactsAsync(
        CoParentDbContext db, IQueryable<Child> who, CancellationToken ct, IReadOnlyDictionary<int, ChildHistory>? histories = null)
    {
        var ids = who.Select(c => c.Id);
        var people = await who.AsNoTracking().Select(c => new { c.Id, c.DateOfBirth }).ToListAsync(ct);
        var statuses = (await db.EducationEmploymentStatuses.AsNoTracking().Where(s => ids.Contains(s.ChildId)).ToListAsync(ct)).ToLookup(s => s.ChildId);
        var homes = (await db.AccommodationRecords.AsNoTracking().Where(a => ids.Contains(a.ChildId)).ToListAsync(ct)).ToLookup(a => a.ChildId);
        var touch = await db.CareLeaverSupport.AsNoTracking().Where(s => ids.Contains(s.ChildId))
            .ToDictionaryAsync(s => s.ChildId, s => s.InTouch, ct);
        var care = histories is not null
            ? people.SelectMany(p => histories.TryGetValue(p.Id, out var h) ? h.Episodes.Select(e => (p.Id, Spell: new CareSpell(e.Decom, e.Dec, e.Place, e.Ls, e.Rec))) : [])
                .ToLookup(e => e.Id, e => e.Spell)
            : (await db.CareEpisodes.AsNoTracking().Where(e => ids.Contains(e.ChildId))
                .Select(e => new { e.ChildId, e.Decom, e.Dec, e.Place, e.Ls, e.Rec }).ToListAsync(ct))
                .ToLookup(e => e.ChildId, e => new CareSpell(e.Decom, e.Dec, e.Place, e.Ls, e.Rec));

        return people.Select(p => new CareLeaverFacts(
            p.Id, p.DateOfBirth, touch.GetValueOrDefault(p.Id),
            statuses[p.Id].OrderBy(s => s.From).ToList(), homes[p.Id].OrderBy(a => a.From).ToList(),
            care[p.Id].OrderBy(c => c.Start).ToList())).ToList();
    }
}
