using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class CivilRegistryEntryConfiguration : IEntityTypeConfiguration<CivilRegistryEntry>
{
    public const string Table = "registry_entries";

    public void Configure(EntityTypeBuilder<CivilRegistryEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.PersonalNumber);
        builder.Property(e => e.PersonalNumber).HasColumnName("personal_number").HasMaxLength(10).IsFixedLength();
        builder.Property(e => e.FirstName).HasColumnName("first_name").HasMaxLength(100).IsRequired();
        builder.Property(e => e.LastName).HasColumnName("last_name").HasMaxLength(100).IsRequired();
        builder.Property(e => e.FatherName).HasColumnName("father_name").HasMaxLength(100);
        builder.Property(e => e.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(e => e.Sex).HasColumnName("sex").HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.MunicipalityId).HasColumnName("municipality_id");
        builder.Property(e => e.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
