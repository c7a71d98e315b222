using CoParent.Core.Education;
using CoParent.Data;
using CoParent.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Web.Features.Exclusions;

/// <summary>Corrects time missing education entered wrongly.</summary>
public sealed class EditMissingEducationModel(CoParentDbContext db, AuditLog audit) : CorrectRecordModel<MissingEducationEpisode, MissingEducationInput>(db, audit)
{
    protected override ExclusionRecordKind Kind => ExclusionRecordKind.MissingEducation;

    protected override Task<MissingEducationEpisode?> FindAsync(int childId, int recordId, CancellationToken ct) =>
        Db.MissingEducationEpisodes.SingleOrDefaultAsync(x => x.Id == recordId && x.ChildId == childId, ct);

    protected override MissingEducationInput InputOf(MissingEducationEpisode stored) => MissingEducationInput.Of(stored);

    protected override MissingEducationEpisode? Build(int childId) => Input.Build(childId, ModelState);
}
