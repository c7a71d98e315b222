using CoParent.Core.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class HealthAssessmentConfiguration : IEntityTypeConfiguration<HealthAssessment>
{
    public void Configure(EntityTypeBuilder<HealthAssessment> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.HeldBy).HasMaxLength(200);
        builder.HasIndex(a => new { a.ChildId, a.HeldOn });
    }
}

public sealed class DentalCheckConfiguration : IEntityTypeConfiguration<DentalCheck>
{
    public void Configure(EntityTypeBuilder<DentalCheck> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.CheckedOn });
    }
}

public sealed class ImmunisationCheckConfiguration : IEntityTypeConfiguration<ImmunisationCheck>
{
    public void Configure(EntityTypeBuilder<ImmunisationCheck> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.CheckedOn });
    }
}

public sealed class SdqAssessmentConfiguration : IEntityTypeConfiguration<SdqAssessment>
{
    public void Configure(EntityTypeBuilder<SdqAssessment> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.CompletedOn });
        builder.ToTable(t => t.HasCheckConstraint("CK_SdqAssessments_TotalScore", "\"TotalScore\" BETWEEN 0 AND 40"));
    }
}

public sealed class HealthPassportConfiguration : IEntityTypeConfiguration<HealthPassport>
{
    public void Configure(EntityTypeBuilder<HealthPassport> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.OtherContents).HasMaxLength(500);
        builder.HasIndex(a => new { a.ChildId, a.GivenOn });
    }
}
