using CoParent.Core.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

/// <summary>
/// The fields a worker records about a missing episode beyond the return's own (those, and the natural key, are in
/// <see cref="MissingEpisodeConfiguration"/>). Free text is length-limited: these are short notes, not case files.
/// </summary>
public sealed class MissingEpisodeSafetyConfiguration : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> builder)
    {
        builder.Property(m => m.WhereFound).HasMaxLength(MissingEpisode.WhereFoundMaxLength);
        builder.Property(m => m.ConversationHeldBy).HasMaxLength(MissingEpisode.HeldByMaxLength);
        builder.Property(m => m.ConversationFindings).HasMaxLength(MissingEpisode.FindingsMaxLength);
        // The worker's list asks "who is missing now" and "which returns are waiting for a conversation".
        builder.HasIndex(m => m.End);
    }
}

public sealed class ExploitationRiskAssessmentConfiguration : IEntityTypeConfiguration<ExploitationRiskAssessment>
{
    public void Configure(EntityTypeBuilder<ExploitationRiskAssessment> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.AssessedBy).HasMaxLength(ExploitationRiskAssessment.AssessedByMaxLength);
        builder.HasIndex(a => new { a.ChildId, a.AssessedOn });
    }
}
