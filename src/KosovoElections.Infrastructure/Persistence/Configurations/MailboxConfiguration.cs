using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class MailboxConfiguration : IEntityTypeConfiguration<Mailbox>
{
    public void Configure(EntityTypeBuilder<Mailbox> builder)
    {
        builder.ToTable("mailboxes");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Place).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.CountryCode).HasMaxLength(2);
        builder.Property(m => m.Address).HasMaxLength(Mailbox.AddressMaxLength).IsRequired();
        builder.HasOne<Election>().WithMany().HasForeignKey(m => m.ElectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ElectionId, m.Place, m.CountryCode });
    }
}
