using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class EmailCodeConfiguration : IEntityTypeConfiguration<EmailCode>
{
    public void Configure(EntityTypeBuilder<EmailCode> builder)
    {
        builder.ToTable("email_codes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.NormalizedEmail).HasMaxLength(254);
        builder.Property(c => c.Salt).HasMaxLength(16);
        builder.Property(c => c.Hash).HasMaxLength(32);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<VoterApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        // Two parallel requests of one application both take the next number; the index lets only one be saved.
        builder.HasIndex(c => new { c.ApplicationId, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.NormalizedEmail, c.CreatedAt });
    }
}
