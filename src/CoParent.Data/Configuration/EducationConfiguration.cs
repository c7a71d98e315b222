using CoParent.Core.Education;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Urn).HasMaxLength(6);
        builder.HasIndex(s => s.Urn).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.EstablishmentType).HasMaxLength(100);
        builder.Property(s => s.LaCode).HasMaxLength(3);
        builder.Property(s => s.LaName).HasMaxLength(100);
        builder.Property(s => s.Postcode).HasMaxLength(8);
        builder.Property(s => s.DesignatedTeacherName).HasMaxLength(200);
        builder.Property(s => s.DesignatedTeacherEmail).HasMaxLength(200);
    }
}

public sealed class SchoolEnrolmentConfiguration : IEntityTypeConfiguration<SchoolEnrolment>
{
    public void Configure(EntityTypeBuilder<SchoolEnrolment> builder)
    {
        builder.HasOne(e => e.Child).WithMany().HasForeignKey(e => e.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ChildId, e.From });
        // A designated teacher's pupils: the current enrolments at one school.
        builder.HasIndex(e => new { e.SchoolId, e.To });
    }
}

public sealed class PersonalEducationPlanConfiguration : IEntityTypeConfiguration<PersonalEducationPlan>
{
    public void Configure(EntityTypeBuilder<PersonalEducationPlan> builder)
    {
        builder.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ChildId, p.AcademicYear, p.Term });
        builder.HasIndex(p => new { p.Status, p.DueBy });
        builder.HasMany(p => p.Targets).WithOne(t => t.PersonalEducationPlan).HasForeignKey(t => t.PersonalEducationPlanId).OnDelete(DeleteBehavior.Cascade);
        foreach (var text in new[] { nameof(PersonalEducationPlan.ChildLikes), nameof(PersonalEducationPlan.ChildFindsHard), nameof(PersonalEducationPlan.ChildWants),
                     nameof(PersonalEducationPlan.CareContext), nameof(PersonalEducationPlan.AttainmentNotes), nameof(PersonalEducationPlan.SupportAndInterventions),
                     nameof(PersonalEducationPlan.ReturnReason), nameof(PersonalEducationPlan.QaFeedback) })
        {
            builder.Property<string?>(text).HasMaxLength(4000);
        }
        builder.Property(p => p.MeetingAttendees).HasMaxLength(1000);
        builder.Property(p => p.QaItemsMet).HasMaxLength(200);
        foreach (var by in new[] { nameof(PersonalEducationPlan.VoiceChangedBy), nameof(PersonalEducationPlan.AttainmentChangedBy), nameof(PersonalEducationPlan.TargetsChangedBy),
                     nameof(PersonalEducationPlan.SupportChangedBy), nameof(PersonalEducationPlan.MeetingChangedBy), nameof(PersonalEducationPlan.QaBy) })
        {
            builder.Property<string?>(by).HasMaxLength(256);
        }
    }
}

public sealed class PepTargetConfiguration : IEntityTypeConfiguration<PepTarget>
{
    public void Configure(EntityTypeBuilder<PepTarget> builder)
    {
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Property(t => t.WhoWillDoIt).HasMaxLength(200);
        builder.Property(t => t.OutcomeNote).HasMaxLength(1000);
        builder.Property(t => t.OutcomeRecordedBy).HasMaxLength(256);
    }
}

public sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> builder)
    {
        builder.HasOne(m => m.Child).WithMany().HasForeignKey(m => m.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Code).HasMaxLength(2);
        // One mark per child per session: an import sending the same day again updates, never duplicates.
        builder.HasIndex(m => new { m.ChildId, m.Date, m.Session }).IsUnique();
        builder.HasIndex(m => m.Date);
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<CoParent.Core.Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<CoParent.Core.Notifications.Notification> builder)
    {
        builder.HasOne<CoParent.Core.Children.Child>().WithMany().HasForeignKey(n => n.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Kind).HasMaxLength(60);
        builder.Property(n => n.Message).HasMaxLength(500);
        builder.Property(n => n.Link).HasMaxLength(200);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.ChildId, n.Kind });
    }
}
