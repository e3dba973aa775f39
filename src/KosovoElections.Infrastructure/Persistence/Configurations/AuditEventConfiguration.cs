using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(12);
        builder.Property(e => e.Actor).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Details).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();

        // One successor per row: two writers racing for the same tail cannot both win, so the chain never forks.
        builder.HasIndex(e => e.PreviousHash).IsUnique();
        builder.HasIndex(e => e.ApplicationId);

        // The dashboard counts decisions (a few actions) over the last days: a range of this index, not the whole log.
        builder.HasIndex(e => new { e.Action, e.OccurredAt });
    }
}
