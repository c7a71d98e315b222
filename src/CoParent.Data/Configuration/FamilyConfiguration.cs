using CoParent.Core.Family;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class FamilyTimeArrangementConfiguration : IEntityTypeConfiguration<FamilyTimeArrangement>
{
    public void Configure(EntityTypeBuilder<FamilyTimeArrangement> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.WithName).HasMaxLength(100);
        builder.Property(a => a.SupervisedBy).HasMaxLength(100);
        builder.Property(a => a.ChildsView).HasMaxLength(2000);
        // The worker's list and the measures ask "which children have an arrangement current on a date".
        builder.HasIndex(a => new { a.ChildId, a.To });
    }
}

public sealed class SiblingLinkConfiguration : IEntityTypeConfiguration<SiblingLink>
{
    public void Configure(EntityTypeBuilder<SiblingLink> builder)
    {
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Sibling).WithMany().HasForeignKey(s => s.SiblingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.ApartDetail).HasMaxLength(500);
        // Recorded once: the lower child ID first (SiblingLink.Ordered), so a pair has one row.
        builder.HasIndex(s => new { s.ChildId, s.SiblingId }).IsUnique();
        builder.HasIndex(s => s.SiblingId);
        builder.ToTable(t => t.HasCheckConstraint("CK_SiblingLinks_Ordered", "\"ChildId\" < \"SiblingId\""));
    }
}

public sealed class CarePlanConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.NoFamilyTimeReason).HasMaxLength(500);
        builder.HasIndex(p => new { p.ChildId, p.AgreedOn });
        builder.HasIndex(p => p.ReviewBy);
    }
}

public sealed class PermanencePlanConfiguration : IEntityTypeConfiguration<PermanencePlan>
{
    public void Configure(EntityTypeBuilder<PermanencePlan> builder)
    {
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ChildId, p.SetOn });
        builder.HasIndex(p => p.AchievedOn);
    }
}
