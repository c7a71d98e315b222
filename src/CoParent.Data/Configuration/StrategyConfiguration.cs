using CoParent.Core.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class StrategyVersionConfiguration : IEntityTypeConfiguration<StrategyVersion>
{
    public void Configure(EntityTypeBuilder<StrategyVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Reason).HasMaxLength(500);
        builder.Property(v => v.SavedBy).HasMaxLength(256);
    }
}

public sealed class MeasureTargetConfiguration : IEntityTypeConfiguration<MeasureTarget>
{
    public void Configure(EntityTypeBuilder<MeasureTarget> builder)
    {
        builder.Property(t => t.MeasureId).HasMaxLength(100);
        builder.Property(t => t.SetBy).HasMaxLength(256);
        builder.Property(t => t.Target).HasPrecision(12, 2);
        builder.Property(t => t.Tolerance).HasPrecision(12, 2);
        builder.HasIndex(t => new { t.MeasureId, t.Id });
    }
}

public sealed class DeliveryActionConfiguration : IEntityTypeConfiguration<DeliveryAction>
{
    public void Configure(EntityTypeBuilder<DeliveryAction> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.Property(a => a.Partner).HasMaxLength(200);
        builder.Property(a => a.MeasureId).HasMaxLength(100);
        builder.Property(a => a.CiccComments).HasMaxLength(2000);
        builder.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.DeliveryActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Outcome);
        builder.HasIndex(a => a.DueOn);
    }
}

public sealed class DeliveryActionUpdateConfiguration : IEntityTypeConfiguration<DeliveryActionUpdate>
{
    public void Configure(EntityTypeBuilder<DeliveryActionUpdate> builder)
    {
        builder.Property(u => u.Note).HasMaxLength(4000);
        builder.Property(u => u.Evidence).HasMaxLength(2000);
        builder.Property(u => u.WrittenBy).HasMaxLength(256);
    }
}

public sealed class ScorecardSnapshotConfiguration : IEntityTypeConfiguration<ScorecardSnapshot>
{
    public void Configure(EntityTypeBuilder<ScorecardSnapshot> builder)
    {
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.Property(s => s.TakenBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.PeriodFrom, s.PeriodTo, s.Revision }).IsUnique();
    }
}
