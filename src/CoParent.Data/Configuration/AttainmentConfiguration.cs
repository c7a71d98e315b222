using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class TeacherAssessmentConfiguration : IEntityTypeConfiguration<TeacherAssessment>
{
    public void Configure(EntityTypeBuilder<TeacherAssessment> builder)
    {
        builder.HasOne(a => a.Child).WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ChildId, a.AcademicYear, a.Term, a.Subject });
        // The cohort-wide progress figures read one or two terms for every child.
        builder.HasIndex(a => new { a.AcademicYear, a.Term });
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
    }
}

public sealed class StatutoryResultConfiguration : IEntityTypeConfiguration<StatutoryResult>
{
    public void Configure(EntityTypeBuilder<StatutoryResult> builder)
    {
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        // One result per child, year and assessment: recording it again corrects it.
        builder.HasIndex(r => new { r.ChildId, r.AcademicYear, r.Assessment }).IsUnique();
        builder.HasIndex(r => new { r.AcademicYear, r.Assessment });
        builder.Property(r => r.Attainment8).HasPrecision(4, 2);
        builder.Property(r => r.Progress8).HasPrecision(4, 2);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
    }
}

public sealed class ComparisonFigureConfiguration : IEntityTypeConfiguration<ComparisonFigure>
{
    public void Configure(EntityTypeBuilder<ComparisonFigure> builder)
    {
        builder.HasIndex(c => new { c.AcademicYear, c.MeasureId, c.Area }).IsUnique();
        builder.Property(c => c.MeasureId).HasMaxLength(100);
        builder.Property(c => c.Area).HasMaxLength(100);
        builder.Property(c => c.Value).HasPrecision(6, 2);
        builder.Property(c => c.Source).HasMaxLength(500);
    }
}
