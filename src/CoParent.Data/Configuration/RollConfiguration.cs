using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class EducationMoveConfiguration : IEntityTypeConfiguration<EducationMove>
{
    public void Configure(EntityTypeBuilder<EducationMove> builder)
    {
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.FromSchool).WithMany().HasForeignKey(m => m.FromSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ToSchool).WithMany().HasForeignKey(m => m.ToSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ChildId, m.StartedOn });
        builder.HasIndex(m => m.StartedOn);
    }
}
