using CoParent.Core.Adoption;
using CoParent.Core.Allocations;
using CoParent.Core.Audit;
using CoParent.Core.CareEpisodes;
using CoParent.Core.CareLeavers;
using CoParent.Core.Children;
using CoParent.Core.Education;
using CoParent.Core.Family;
using CoParent.Core.Geography;
using CoParent.Core.Health;
using CoParent.Core.Identity;
using CoParent.Core.Orders;
using CoParent.Core.Permanence;
using CoParent.Core.Reviews;
using CoParent.Core.Safety;
using CoParent.Core.Voice;
using CoParent.Data.Ssda903.Storing;
using CoParent.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoParent.Data;

/// <summary>
/// The one database. It has a subclass per provider only so that each provider keeps its own
/// migrations (SQLite by default, PostgreSQL in production); the model is the same.
/// </summary>
public abstract class CoParentDbContext(DbContextOptions options)
    : IdentityDbContext<CoParentUser>(options), IDataProtectionKeyContext
{
    public DbSet<Child> Children => Set<Child>();
    public DbSet<CareEpisode> CareEpisodes => Set<CareEpisode>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Postcode> Postcodes => Set<Postcode>();
    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ChildReview> ChildReviews => Set<ChildReview>();
    public DbSet<MissingEpisode> MissingEpisodes => Set<MissingEpisode>();
    public DbSet<ExploitationRiskAssessment> ExploitationRiskAssessments => Set<ExploitationRiskAssessment>();
    public DbSet<AdoptionRecord> AdoptionRecords => Set<AdoptionRecord>();
    public DbSet<PlacementForAdoptionDecision> PlacementForAdoptionDecisions => Set<PlacementForAdoptionDecision>();
    public DbSet<PreviousPermanence> PreviousPermanence => Set<PreviousPermanence>();
    public DbSet<AnnualHealthOutcome> AnnualHealthOutcomes => Set<AnnualHealthOutcome>();
    public DbSet<HealthAssessment> HealthAssessments => Set<HealthAssessment>();
    public DbSet<DentalCheck> DentalChecks => Set<DentalCheck>();
    public DbSet<ImmunisationCheck> ImmunisationChecks => Set<ImmunisationCheck>();
    public DbSet<SdqAssessment> SdqAssessments => Set<SdqAssessment>();
    public DbSet<HealthPassport> HealthPassports => Set<HealthPassport>();
    public DbSet<CareLeaverYear> CareLeaverYears => Set<CareLeaverYear>();
    public DbSet<PathwayPlan> PathwayPlans => Set<PathwayPlan>();
    public DbSet<PathwayPlanReview> PathwayPlanReviews => Set<PathwayPlanReview>();
    public DbSet<EducationEmploymentStatus> EducationEmploymentStatuses => Set<EducationEmploymentStatus>();
    public DbSet<AccommodationRecord> AccommodationRecords => Set<AccommodationRecord>();
    public DbSet<CareLeaverSupport> CareLeaverSupport => Set<CareLeaverSupport>();
    public DbSet<SocialWorkerEpisode> SocialWorkerEpisodes => Set<SocialWorkerEpisode>();
    public DbSet<DeprivationOfLibertyOrder> DeprivationOfLibertyOrders => Set<DeprivationOfLibertyOrder>();
    public DbSet<FamilyTimeArrangement> FamilyTimeArrangements => Set<FamilyTimeArrangement>();
    public DbSet<SiblingLink> SiblingLinks => Set<SiblingLink>();
    public DbSet<CarePlan> CarePlans => Set<CarePlan>();
    public DbSet<PermanencePlan> PermanencePlans => Set<PermanencePlan>();
    public DbSet<CarerHousehold> CarerHouseholds => Set<CarerHousehold>();
    public DbSet<LifeStoryWork> LifeStoryWork => Set<LifeStoryWork>();
    public DbSet<LaterLifeLetter> LaterLifeLetters => Set<LaterLifeLetter>();
    public DbSet<LifePlan> LifePlans => Set<LifePlan>();
    public DbSet<StoredReturnTable> Ssda903StoredTables => Set<StoredReturnTable>();
    public DbSet<Ssda903.StoredOfstedList> StoredOfstedLists => Set<Ssda903.StoredOfstedList>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<DecisionMakerMeeting> DecisionMakerMeetings => Set<DecisionMakerMeeting>();
    public DbSet<AdvocacyReferral> AdvocacyReferrals => Set<AdvocacyReferral>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolEnrolment> SchoolEnrolments => Set<SchoolEnrolment>();
    public DbSet<PersonalEducationPlan> PersonalEducationPlans => Set<PersonalEducationPlan>();
    public DbSet<PepTarget> PepTargets => Set<PepTarget>();
    public DbSet<EducationMove> EducationMoves => Set<EducationMove>();
    public DbSet<PepVersion> PepVersions => Set<PepVersion>();
    public DbSet<PepDeadline> PepDeadlines => Set<PepDeadline>();
    public DbSet<AttendanceMark> AttendanceMarks => Set<AttendanceMark>();
    public DbSet<PupilPremiumRate> PupilPremiumRates => Set<PupilPremiumRate>();
    public DbSet<PupilPremiumAllocation> PupilPremiumAllocations => Set<PupilPremiumAllocation>();
    public DbSet<TeacherAssessment> TeacherAssessments => Set<TeacherAssessment>();
    public DbSet<StatutoryResult> StatutoryResults => Set<StatutoryResult>();
    public DbSet<ComparisonFigure> ComparisonFigures => Set<ComparisonFigure>();
    public DbSet<CoParent.Core.Notifications.Notification> Notifications => Set<CoParent.Core.Notifications.Notification>();
    public DbSet<Exclusion> Exclusions => Set<Exclusion>();
    public DbSet<PartTimeTimetable> PartTimeTimetables => Set<PartTimeTimetable>();
    public DbSet<MissingEducationEpisode> MissingEducationEpisodes => Set<MissingEducationEpisode>();
    public DbSet<ExclusionRemoval> ExclusionRemovals => Set<ExclusionRemoval>();
    public DbSet<CoParent.Core.Strategy.StrategyVersion> StrategyVersions => Set<CoParent.Core.Strategy.StrategyVersion>();
    public DbSet<CoParent.Core.Strategy.MeasureTarget> MeasureTargets => Set<CoParent.Core.Strategy.MeasureTarget>();
    public DbSet<CoParent.Core.Strategy.DeliveryAction> DeliveryActions => Set<CoParent.Core.Strategy.DeliveryAction>();
    public DbSet<CoParent.Core.Strategy.DeliveryActionUpdate> DeliveryActionUpdates => Set<CoParent.Core.Strategy.DeliveryActionUpdate>();
    public DbSet<CoParent.Core.Strategy.ScorecardSnapshot> ScorecardSnapshots => Set<CoParent.Core.Strategy.ScorecardSnapshot>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CoParentDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshSearchNames();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshSearchNames();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Every path that adds or edits a child saves through here, so the search names never go stale.</summary>
    private void RefreshSearchNames()
    {
        foreach (var entry in ChangeTracker.Entries<Child>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.RefreshSearchNames();
        }
    }
}

public sealed class SqliteCoParentDbContext(DbContextOptions<SqliteCoParentDbContext> options) : CoParentDbContext(options);

public sealed class PostgresCoParentDbContext(DbContextOptions<PostgresCoParentDbContext> options) : CoParentDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Byte order, as SQLite compares, so the search's "starts with" range (NameSearch.PrefixEnd) is exact.
        var child = builder.Entity<Child>();
        child.Property(c => c.SearchGivenName).UseCollation("C");
        child.Property(c => c.SearchFamilyName).UseCollation("C");
        child.Property(c => c.SearchPreferredName).UseCollation("C");
    }
}
