using KosovoElections.Infrastructure.Email.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("email_outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.LastError).HasMaxLength(200);
        // The dispatcher's query: pending messages by due time. Finished ones drop out of the index.
        builder.HasIndex(m => m.DueAt).HasFilter("\"SentAt\" IS NULL AND \"GaveUpAt\" IS NULL");
    }
}
