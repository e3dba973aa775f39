using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> builder)
    {
        builder.ToTable("elections");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Name).HasMaxLength(ElectionName.MaxLength).IsRequired();
        builder.Property(e => e.NameSr).HasMaxLength(ElectionName.MaxLength).IsRequired();
        builder.Property(e => e.NameEn).HasMaxLength(ElectionName.MaxLength).IsRequired();
        builder.Ignore(e => e.Names);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.OpensAt, e.ClosesAt });

        // A Local election has at most one runoff: two admins opening it at once cannot both succeed.
        builder.HasIndex(e => e.RunoffOf).IsUnique().HasFilter("\"RunoffOf\" IS NOT NULL");
        builder.HasOne<Election>().WithMany().HasForeignKey(e => e.RunoffOf).OnDelete(DeleteBehavior.Restrict);
    }
}
