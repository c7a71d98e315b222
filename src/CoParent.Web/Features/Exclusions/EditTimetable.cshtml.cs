using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>Corrects a part-time timetable entered wrongly.</summary>
public sealed class EditTimetableModel(CoParentDbContext db, AuditLog audit) : CorrectRecordModel<PartTimeTimetable, TimetableInput>(db, audit)
{
    protected override ExclusionRecordKind Kind => ExclusionRecordKind.PartTimeTimetable;

    protected override Task<PartTimeTimetable?> FindAsync(int childId, int recordId, CancellationToken ct) =>
        Db.PartTimeTimetables.SingleOrDefaultAsync(x => x.Id == recordId && x.ChildId == childId, ct);

    protected override TimetableInput InputOf(PartTimeTimetable stored) => TimetableInput.Of(stored);

    protected override PartTimeTimetable? Build(int childId) => Input.Build(childId, ModelState);
}
