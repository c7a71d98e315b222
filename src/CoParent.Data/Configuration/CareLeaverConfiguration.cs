using CoParent.Core.CareLeavers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class PathwayPlanConfiguration : IEntityTypeConfiguration<PathwayPlan>
{
    public void Configure(EntityTypeBuilder<PathwayPlan> builder)
    {
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ChildId).IsUnique();
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PathwayPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.NextReviewDue);
    }
}

public sealed class PathwayPlanReviewConfiguration : IEntityTypeConfiguration<PathwayPlanReview>
{
    public void Configure(EntityTypeBuilder<PathwayPlanReview> builder)
    {
        builder.Property(r => r.WhatChanged).HasMaxLength(2000);
        builder.HasIndex(r => new { r.PathwayPlanId, r.ReviewDate });
    }
}

public sealed class EducationEmploymentStatusConfiguration : IEntityTypeConfiguration<EducationEmploymentStatus>
{
    public void Configure(EntityTypeBuilder<EducationEmploymentStatus> builder)
    {
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Activity).HasMaxLength(2);
        builder.HasIndex(s => new { s.ChildId, s.From });
    }
}

public sealed class AccommodationRecordConfiguration : IEntityTypeConfiguration<AccommodationRecord>
{
    public void Configure(EntityTypeBuilder<AccommodationRecord> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Code).HasMaxLength(2);
        builder.Property(a => a.Postcode).HasMaxLength(8);
        builder.Ignore(a => a.IsSuitable);
        builder.Ignore(a => a.IsStayingPut);
        builder.HasIndex(a => new { a.ChildId, a.From });
    }
}

public sealed class CareLeaverSupportConfiguration : IEntityTypeConfiguration<CareLeaverSupport>
{
    public void Configure(EntityTypeBuilder<CareLeaverSupport> builder)
    {
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ChildId).IsUnique();
        builder.Property(s => s.InTouch).HasMaxLength(4);
        builder.Property(s => s.ChildrenAges).HasMaxLength(100);
    }
}
