using KosovoElections.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class DocumentBlobConfiguration : IEntityTypeConfiguration<DocumentBlob>
{
    public void Configure(EntityTypeBuilder<DocumentBlob> builder)
    {
        builder.ToTable("document_blobs");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(32).ValueGeneratedNever();
        builder.Property(b => b.KeyId).HasMaxLength(DocumentMasterKeys.MaxIdLength);
        builder.Property(b => b.WrappedKey).IsRequired();
        builder.Property(b => b.Content).IsRequired();
        builder.HasIndex(b => b.CreatedAt);
    }
}
