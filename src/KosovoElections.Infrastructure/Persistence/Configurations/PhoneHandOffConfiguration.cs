using KosovoElections.Domain.Applicants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class PhoneHandOffConfiguration : IEntityTypeConfiguration<PhoneHandOff>
{
    public void Configure(EntityTypeBuilder<PhoneHandOff> builder)
    {
        builder.ToTable("phone_hand_offs");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.TokenHash).HasMaxLength(64).IsFixedLength();
        builder.Property(h => h.PersonalNumber).HasMaxLength(10).IsFixedLength();

        // Redeeming twice at once: the second writer's update finds the row changed and loses.
        builder.Property(h => h.UsedAt).IsConcurrencyToken();
        builder.HasIndex(h => h.TokenHash).IsUnique();
        builder.HasIndex(h => new { h.PersonalNumber, h.ElectionId });
    }
}
