using CoParent.Core.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.HasIndex(c => c.PersonId).IsUnique();
        builder.Property(c => c.PersonId).HasMaxLength(10);
        builder.Property(c => c.GivenName).HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasMaxLength(100);
        builder.Property(c => c.PreferredName).HasMaxLength(100);
        builder.Property(c => c.Sex).HasMaxLength(1);
        builder.Property(c => c.Ethnicity).HasMaxLength(4);
        builder.Property(c => c.Religion).HasMaxLength(60);
        builder.Property(c => c.FirstLanguage).HasMaxLength(60);
        builder.Property(c => c.DisabilityDetail).HasMaxLength(500);
        builder.Property(c => c.Upn).HasMaxLength(13);
        builder.Property(c => c.HomePostcode).HasMaxLength(8);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // The register lists children by name: with this index it reads a page without sorting them all.
        builder.HasIndex(c => new { c.FamilyName, c.GivenName, c.Id });
        // The register's search finds a name by its start through these (NameSearch, ChildRegister).
        builder.Property(c => c.SearchGivenName).HasMaxLength(100);
        builder.Property(c => c.SearchFamilyName).HasMaxLength(100);
        builder.Property(c => c.SearchPreferredName).HasMaxLength(100);
        builder.HasIndex(c => c.SearchGivenName);
        builder.HasIndex(c => c.SearchFamilyName);
        builder.HasIndex(c => c.SearchPreferredName);
        builder.Ignore(c => c.DisplayName);
        builder.Ignore(c => c.FullName);
    }
}
