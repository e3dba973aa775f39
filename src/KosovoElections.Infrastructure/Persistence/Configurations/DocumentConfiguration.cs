using KosovoElections.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Subtype).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.ImageRef).HasMaxLength(200);

        // Photos stored before proofs of address had pages were each a first page.
        builder.Property(d => d.PageNumber).HasDefaultValue(1);
        builder.Property(d => d.ThumbnailRef).HasMaxLength(200);
        builder.HasOne<VoterApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);

        // One photo per page of a document (decision 0021): two captures of the same page at once (two tabs, a phone and
        // a laptop, a double submit) cannot both be kept; the later save fails and is refused. It also serves the
        // application's foreign key and every read of an application's documents.
        builder.HasIndex(d => new { d.ApplicationId, d.Kind, d.Subtype, d.PageNumber }).IsUnique();
        builder.HasIndex(d => d.Sha256);
        builder.HasIndex(d => d.PerceptualHash);
        builder.HasIndex(d => d.HashBand0);
        builder.HasIndex(d => d.HashBand1);
        builder.HasIndex(d => d.HashBand2);
        builder.HasIndex(d => d.HashBand3);
    }
}
