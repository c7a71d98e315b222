using CoParent.Core.CareEpisodes;
using CoParent.Core.Children;
using CoParent.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class CarerHouseholdConfiguration : IEntityTypeConfiguration<CarerHousehold>
{
    public void Configure(EntityTypeBuilder<CarerHousehold> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(CarerHousehold.NameMaxLength);
        builder.Property(h => h.PlaceProvider).HasMaxLength(3);
        builder.Property(h => h.Agency).HasMaxLength(CarerHousehold.AgencyMaxLength);
        builder.Property(h => h.Ethnicity).HasMaxLength(4);
        builder.Property(h => h.SecondEthnicity).HasMaxLength(4);
        builder.Property(h => h.Religion).HasMaxLength(60);
        // The child's page offers the households recorded under the placement's carer name.
        builder.HasIndex(h => h.Name);
        // Episodes point at a household; a household still linked to an episode is never deleted.
        builder.HasMany<CareEpisode>().WithOne().HasForeignKey(e => e.CarerHouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LifeStoryWorkConfiguration : IEntityTypeConfiguration<LifeStoryWork>
{
    public void Configure(EntityTypeBuilder<LifeStoryWork> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(w => w.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.ChildId).IsUnique();
        builder.Property(w => w.InTheirWords).HasMaxLength(LifeStoryWork.WordsMaxLength);
        builder.Ignore(w => w.ReviewDue);
    }
}

public sealed class LaterLifeLetterConfiguration : IEntityTypeConfiguration<LaterLifeLetter>
{
    public void Configure(EntityTypeBuilder<LaterLifeLetter> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ChildId, l.Written });
        builder.HasIndex(l => l.Written);
        builder.Property(l => l.WrittenBy).HasMaxLength(LaterLifeLetter.WrittenByMaxLength);
        builder.Property(l => l.GivenTo).HasMaxLength(20);
    }
}

public sealed class LifePlanConfiguration : IEntityTypeConfiguration<LifePlan>
{
    public void Configure(EntityTypeBuilder<LifePlan> builder)
    {
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ChildId).IsUnique();
    }
}
