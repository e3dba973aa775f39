using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class DiplomaticMissionConfiguration : IEntityTypeConfiguration<DiplomaticMission>
{
    public void Configure(EntityTypeBuilder<DiplomaticMission> builder)
    {
        builder.ToTable("missions", t => t.HasCheckConstraint("CK_missions_reserved_within_capacity", "\"Reserved\" >= 0 AND \"Reserved\" <= \"Capacity\""));
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(DiplomaticMission.NameMaxLength).IsRequired();
        builder.Property(m => m.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(m => m.City).HasMaxLength(DiplomaticMission.CityMaxLength).IsRequired();
        builder.Ignore(m => m.PlacesLeft);
        builder.HasOne<Election>().WithMany().HasForeignKey(m => m.ElectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ElectionId, m.CountryCode });
    }
}
