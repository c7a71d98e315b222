using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class PupilPremiumRateConfiguration : IEntityTypeConfiguration<PupilPremiumRate>
{
    public void Configure(EntityTypeBuilder<PupilPremiumRate> builder)
    {
        builder.HasKey(r => r.FinancialYear);
        builder.Property(r => r.FinancialYear).ValueGeneratedNever();
        builder.Property(r => r.AmountPerChild).HasPrecision(10, 2);
        // The published rates arrive with the migration, so a new council starts with them.
        builder.HasData(PupilPremiumRate.Published.Select(r => new PupilPremiumRate { FinancialYear = r.FinancialYear, AmountPerChild = r.AmountPerChild }));
    }
}

public sealed class PupilPremiumAllocationConfiguration : IEntityTypeConfiguration<PupilPremiumAllocation>
{
    public void Configure(EntityTypeBuilder<PupilPremiumAllocation> builder)
    {
        builder.HasOne<CoParent.Core.Children.Child>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.PepTarget).WithMany().HasForeignKey(a => a.PepTargetId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Amount).HasPrecision(10, 2);
        builder.Property(a => a.SpentAmount).HasPrecision(10, 2);
        builder.Property(a => a.Purpose).HasMaxLength(500);
        builder.Property(a => a.SpentOnWhat).HasMaxLength(500);
        builder.Property(a => a.CommittedByUserId).HasMaxLength(450);
        builder.Property(a => a.ExceptionConfirmedByUserId).HasMaxLength(450);
        builder.Property(a => a.SpendingRecordedByUserId).HasMaxLength(450);
        builder.HasIndex(a => new { a.ChildId, a.FinancialYear });
        builder.HasIndex(a => new { a.FinancialYear, a.SchoolId });
    }
}
