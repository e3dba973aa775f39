using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Email).HasMaxLength(254).IsRequired();
        builder.Property(s => s.NormalizedEmail).HasMaxLength(254).IsRequired();
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.PasswordHash).HasMaxLength(200).IsRequired();
        builder.Property(s => s.TotpSecret).HasMaxLength(500);
        builder.Ignore(s => s.HasSecondFactor);
        builder.HasIndex(s => s.NormalizedEmail).IsUnique();
    }
}
