using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationFlagConfiguration : IEntityTypeConfiguration<ApplicationFlag>
{
    public void Configure(EntityTypeBuilder<ApplicationFlag> builder)
    {
        builder.ToTable("application_flags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(f => f.Detail).HasMaxLength(500);
        builder.HasOne<VoterApplication>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<VoterApplication>().WithMany().HasForeignKey(f => f.OtherApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.ApplicationId);
        builder.HasIndex(f => f.OtherApplicationId);

        // The queue's filter "has this flag".
        builder.HasIndex(f => new { f.Kind, f.ApplicationId });
    }
}
