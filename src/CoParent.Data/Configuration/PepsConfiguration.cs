using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class PepVersionConfiguration : IEntityTypeConfiguration<PepVersion>
{
    public void Configure(EntityTypeBuilder<PepVersion> builder)
    {
        builder.HasOne(v => v.PersonalEducationPlan).WithMany(p => p.Versions).HasForeignKey(v => v.PersonalEducationPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.PersonalEducationPlanId, v.Version }).IsUnique();
        builder.Property(v => v.ByUserId).HasMaxLength(450);
        builder.Property(v => v.ByUserName).HasMaxLength(256);
    }
}

public sealed class PepDeadlineConfiguration : IEntityTypeConfiguration<PepDeadline>
{
    public void Configure(EntityTypeBuilder<PepDeadline> builder) => builder.HasIndex(d => d.Term).IsUnique();
}
