using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.ToTable("staff_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64).IsFixedLength();
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.StaffId);
    }
}
