using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class ExclusionConfiguration : IEntityTypeConfiguration<Exclusion>
{
    public void Configure(EntityTypeBuilder<Exclusion> builder)
    {
        builder.HasOne(e => e.Child).WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Reason).HasMaxLength(2);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasIndex(e => new { e.ChildId, e.StartDate });
        builder.HasIndex(e => e.StartDate);
    }
}

public sealed class PartTimeTimetableConfiguration : IEntityTypeConfiguration<PartTimeTimetable>
{
    public void Configure(EntityTypeBuilder<PartTimeTimetable> builder)
    {
        builder.HasOne(t => t.Child).WithMany().HasForeignKey(t => t.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.HoursPerWeek).HasPrecision(4, 1);
        builder.Property(t => t.Reason).HasMaxLength(500);
        builder.Property(t => t.AgreedBy).HasMaxLength(200);
        builder.HasIndex(t => new { t.ChildId, t.StartDate });
    }
}

public sealed class MissingEducationEpisodeConfiguration : IEntityTypeConfiguration<MissingEducationEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEducationEpisode> builder)
    {
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Notes).HasMaxLength(500);
        builder.HasIndex(m => new { m.ChildId, m.From });
    }
}

public sealed class ExclusionRemovalConfiguration : IEntityTypeConfiguration<ExclusionRemoval>
{
    public void Configure(EntityTypeBuilder<ExclusionRemoval> builder)
    {
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Summary).HasMaxLength(500);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RemovedBy).HasMaxLength(256);
        builder.HasIndex(r => r.ChildId);
    }
}
