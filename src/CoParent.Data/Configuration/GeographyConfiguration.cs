using CoParent.Core.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoParent.Data.Configuration;

public sealed class PostcodeConfiguration : IEntityTypeConfiguration<Postcode>
{
    public void Configure(EntityTypeBuilder<Postcode> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(8);
        builder.Property(p => p.Display).HasMaxLength(8);
        builder.Property(p => p.LtlaCode).HasMaxLength(9);
        builder.Property(p => p.UtlaCode).HasMaxLength(9);
        builder.HasIndex(p => p.UtlaCode);
    }
}

public sealed class LocalAuthorityConfiguration : IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<LocalAuthority> builder)
    {
        builder.HasKey(l => l.LtlaCode);
        builder.Property(l => l.LtlaCode).HasMaxLength(9);
        builder.Property(l => l.UtlaCode).HasMaxLength(9);
        builder.Property(l => l.LtlaName).HasMaxLength(100);
        builder.Property(l => l.UtlaName).HasMaxLength(100);
    }
}
