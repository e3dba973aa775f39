using KosovoElections.Domain.Applicants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class ApplicantSessionConfiguration : IEntityTypeConfiguration<ApplicantSession>
{
    public void Configure(EntityTypeBuilder<ApplicantSession> builder)
    {
        builder.ToTable("applicant_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64).IsFixedLength();
        builder.Property(s => s.PersonalNumber).HasMaxLength(10).IsFixedLength();
        builder.HasIndex(s => s.PersonalNumber);
    }
}
