using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>Corrects a suspension or permanent exclusion entered wrongly.</summary>
public sealed class EditExclusionModel(CoParentDbContext db, AuditLog audit) : CorrectRecordModel<Exclusion, ExclusionInput>(db, audit)
{
    protected override ExclusionRecordKind Kind => ExclusionRecordKind.Exclusion;

    protected override Task<Exclusion?> FindAsync(int childId, int recordId, CancellationToken ct) =>
        Db.Exclusions.SingleOrDefaultAsync(e => e.Id == recordId && e.ChildId == childId, ct);

    protected override ExclusionInput InputOf(Exclusion stored) => ExclusionInput.Of(stored);

    protected override Exclusion? Build(int childId)
    {
        var start = Input.StartDate.Validate(ModelState, "Input.StartDate", "the date the exclusion starts");
        var ap = Input.AlternativeProvisionFrom.Validate(ModelState, "Input.AlternativeProvisionFrom", "the date alternative provision was arranged from", required: false);
        return ExclusionRecord.Build(childId, Input.Kind, start, Input.Days, Input.Reason, ap, Input.Decision, ModelState, f => $"Input.{f}");
    }

    protected override Task SaveAsync(Exclusion stored, Exclusion corrected, CancellationToken ct) => ExclusionRecord.CorrectAsync(Db, stored, corrected, ct);
}
