using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("municipalities");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.NameSq).HasMaxLength(60).IsRequired();
        builder.Property(m => m.NameSr).HasMaxLength(60).IsRequired();
        builder.HasIndex(m => m.NameSq).IsUnique();
        builder.HasData(Municipalities.All.Select(m => new { m.Id, m.NameSq, m.NameSr }));
    }
}
