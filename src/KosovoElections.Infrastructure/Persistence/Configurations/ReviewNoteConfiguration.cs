using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class ReviewNoteConfiguration : IEntityTypeConfiguration<ReviewNote>
{
    public void Configure(EntityTypeBuilder<ReviewNote> builder)
    {
        builder.ToTable("review_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Text).HasMaxLength(ReviewNote.MaxLength);
        builder.HasOne<VoterApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => n.ApplicationId);
    }
}
