using KosovoElections.Domain.Applicants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> builder)
    {
        builder.ToTable("sign_in_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.PersonalNumber).HasMaxLength(10).IsFixedLength();
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(a => new { a.PersonalNumber, a.OccurredAt });
        builder.HasIndex(a => new { a.ClientAddress, a.OccurredAt });
    }
}
