using CoParent.Core.Adoption;
using CoParent.Core.Allocations;
using CoParent.Core.CareLeavers;
using CoParent.Core.Health;
using CoParent.Core.Orders;
using CoParent.Core.Permanence;
using CoParent.Core.Reviews;
using CoParent.Core.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

// The records behind the SSDA903 tables other than Header, UASC and Episodes. Each has a unique index on its
// natural key (the child and a date, or the child and a collection year), which is what an import upserts by.
// Codes are not length-limited here: an imported return may hold invalid codes that the rules report, and
// they must read back exactly as they were written.

public sealed class ChildReviewConfiguration : IEntityTypeConfiguration<ChildReview>
{
    public void Configure(EntityTypeBuilder<ChildReview> builder)
    {
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ChildId, r.ReviewDate }).IsUnique();
        builder.HasIndex(r => r.ReviewDate);
        // CoParent's own fields, which an import leaves alone: the chairing IRO is a user ID like Allocation.UserId.
        builder.Property(r => r.ChairedByUserId).HasMaxLength(ChildReview.UserIdLength);
        builder.Property(r => r.Attendees).HasDefaultValue(ReviewAttendees.None).HasSentinel(ReviewAttendees.None);
    }
}

public sealed class MissingEpisodeConfiguration : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> builder)
    {
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ChildId, m.Start }).IsUnique();
    }
}

public sealed class AdoptionRecordConfiguration : IEntityTypeConfiguration<AdoptionRecord>
{
    public void Configure(EntityTypeBuilder<AdoptionRecord> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ChildId).IsUnique();
    }
}

public sealed class PlacementForAdoptionDecisionConfiguration : IEntityTypeConfiguration<PlacementForAdoptionDecision>
{
    public void Configure(EntityTypeBuilder<PlacementForAdoptionDecision> builder)
    {
        builder.HasOne(d => d.Child).WithMany().HasForeignKey(d => d.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ChildId, d.DecidedOn }).IsUnique();
    }
}

public sealed class PreviousPermanenceConfiguration : IEntityTypeConfiguration<PreviousPermanence>
{
    public void Configure(EntityTypeBuilder<PreviousPermanence> builder)
    {
        builder.ToTable("PreviousPermanence");
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ChildId, p.CollectionYear }).IsUnique();
        builder.HasIndex(p => p.CollectionYear);
    }
}

public sealed class AnnualHealthOutcomeConfiguration : IEntityTypeConfiguration<AnnualHealthOutcome>
{
    public void Configure(EntityTypeBuilder<AnnualHealthOutcome> builder)
    {
        builder.HasOne(o => o.Child).WithMany().HasForeignKey(o => o.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ChildId, o.CollectionYear }).IsUnique();
        builder.HasIndex(o => o.CollectionYear);
    }
}

public sealed class CareLeaverYearConfiguration : IEntityTypeConfiguration<CareLeaverYear>
{
    public void Configure(EntityTypeBuilder<CareLeaverYear> builder)
    {
        builder.HasOne(o => o.Child).WithMany().HasForeignKey(o => o.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ChildId, o.CollectionYear }).IsUnique();
        builder.HasIndex(o => o.CollectionYear);
    }
}

public sealed class SocialWorkerEpisodeConfiguration : IEntityTypeConfiguration<SocialWorkerEpisode>
{
    public void Configure(EntityTypeBuilder<SocialWorkerEpisode> builder)
    {
        builder.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ChildId, s.Start }).IsUnique();
    }
}

public sealed class DeprivationOfLibertyOrderConfiguration : IEntityTypeConfiguration<DeprivationOfLibertyOrder>
{
    public void Configure(EntityTypeBuilder<DeprivationOfLibertyOrder> builder)
    {
        builder.HasOne(o => o.Child).WithMany().HasForeignKey(o => o.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ChildId, o.Start }).IsUnique();
    }
}

public sealed class StoredReturnTableConfiguration : IEntityTypeConfiguration<Ssda903.Storing.StoredReturnTable>
{
    public void Configure(EntityTypeBuilder<Ssda903.Storing.StoredReturnTable> builder)
    {
        builder.ToTable("Ssda903StoredTables");
        builder.Property(t => t.FileName).HasMaxLength(260);
        builder.HasIndex(t => new { t.CollectionYear, t.Table }).IsUnique();
    }
}

public sealed class StoredOfstedListConfiguration : IEntityTypeConfiguration<Ssda903.StoredOfstedList>
{
    public void Configure(EntityTypeBuilder<Ssda903.StoredOfstedList> builder)
    {
        builder.ToTable("StoredOfstedLists");
        builder.Property(l => l.FileName).HasMaxLength(260);
    }
}
