using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class StaffRecoveryCodeConfiguration : IEntityTypeConfiguration<StaffRecoveryCode>
{
    public void Configure(EntityTypeBuilder<StaffRecoveryCode> builder)
    {
        builder.ToTable("staff_recovery_codes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CodeHash).HasMaxLength(64).IsFixedLength();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.StaffId, c.CodeHash });
    }
}
