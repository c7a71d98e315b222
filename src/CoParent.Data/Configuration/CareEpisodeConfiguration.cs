using CoParent.Core.CareEpisodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class CareEpisodeConfiguration : IEntityTypeConfiguration<CareEpisode>
{
    public void Configure(EntityTypeBuilder<CareEpisode> builder)
    {
        builder.HasOne(e => e.Child).WithMany(c => c.Episodes).HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ChildId, e.Decom }).IsUnique();
        // The register asks "which episodes were open on this date" (DEC null or after it, DECOM on or before
        // it). Leading with DEC keeps that to the open and recently closed episodes, not every episode since
        // records began, and the other columns let the register read the index alone.
        builder.HasIndex(e => new { e.Dec, e.Decom, e.ChildId, e.Ls, e.Place });
        builder.Property(e => e.Rne).HasMaxLength(1);
        builder.Property(e => e.Ls).HasMaxLength(2);
        builder.Property(e => e.Cin).HasMaxLength(2);
        builder.Property(e => e.Place).HasMaxLength(3);
        builder.Property(e => e.PlaceProvider).HasMaxLength(3);
        builder.Property(e => e.Rec).HasMaxLength(3);
        builder.Property(e => e.ReasonPlaceChange).HasMaxLength(6);
        builder.Property(e => e.HomePost).HasMaxLength(8);
        builder.Property(e => e.PlPost).HasMaxLength(8);
        builder.Property(e => e.Urn).HasMaxLength(8);
        builder.Property(e => e.CarerName).HasMaxLength(120);
        builder.Property(e => e.PlLa).HasMaxLength(9);
        builder.Property(e => e.PlLocation).HasMaxLength(3);
    }
}
