using CoParent.Core.Voice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Introduction).HasMaxLength(2000);
        builder.HasMany(s => s.Questions).WithOne(q => q.Survey).HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Closes);
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(300);
        builder.Property(q => q.StandardKey).HasMaxLength(40);
        builder.HasIndex(q => new { q.SurveyId, q.Order });
    }
}

public sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(10);
        builder.Property(i => i.AgeBand).HasMaxLength(10);
        builder.HasOne(i => i.Survey).WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Children.Child>().WithMany().HasForeignKey(i => i.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.Code).IsUnique();
        // One code per child per survey: issuing again adds only the children not yet asked.
        builder.HasIndex(i => new { i.SurveyId, i.ChildId }).IsUnique();
        builder.HasIndex(i => i.ChildId);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AgeBand).HasMaxLength(10);
        builder.HasOne(r => r.Survey).WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.SurveyId);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.Property(a => a.Answer).HasMaxLength(20);
        builder.Property(a => a.Text).HasMaxLength(1000);
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.QuestionId);
    }
}

public sealed class DecisionMakerMeetingConfiguration : IEntityTypeConfiguration<DecisionMakerMeeting>
{
    public void Configure(EntityTypeBuilder<DecisionMakerMeeting> builder)
    {
        builder.Property(m => m.WithOther).HasMaxLength(200);
        builder.Property(m => m.Topics).HasMaxLength(2000);
        builder.Ignore(m => m.WithWhom);
        builder.HasIndex(m => m.HeldOn);
    }
}

public sealed class AdvocacyReferralConfiguration : IEntityTypeConfiguration<AdvocacyReferral>
{
    public void Configure(EntityTypeBuilder<AdvocacyReferral> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Provider).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(2000);
        builder.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ChildId);
        builder.HasIndex(r => r.ReferredOn);
    }
}
