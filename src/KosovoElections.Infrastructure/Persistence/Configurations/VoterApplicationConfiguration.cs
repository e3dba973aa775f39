using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class VoterApplicationConfiguration : IEntityTypeConfiguration<VoterApplication>
{
    public void Configure(EntityTypeBuilder<VoterApplication> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.PersonalNumber).HasMaxLength(10).IsFixedLength();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.ReturnMethod).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.Phone).HasMaxLength(16);
        builder.Property(a => a.ReferenceNumber).HasMaxLength(16);
        builder.Property(a => a.ReceiptCode).HasMaxLength(32);
        builder.Property(a => a.ReasonText).HasMaxLength(2000);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.PrimitiveCollection(a => a.CorrectionSteps)
            .HasField("_correctionSteps")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(step => step.HasConversion<string>().HasMaxLength(16));
        builder.Property(a => a.Version).IsConcurrencyToken();
        // By name, like every enum (docs/decisions/0009): a reordered DecisionReason must not rewrite recorded decisions.
        builder.PrimitiveCollection(a => a.Reasons)
            .HasField("_reasons")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .ElementType(reason => reason.HasConversion<string>().HasMaxLength(32));
        builder.OwnsOne(a => a.Address, address =>
        {
            address.Property(x => x.CountryCode).HasColumnName("address_country").HasMaxLength(2);
            address.Property(x => x.City).HasColumnName("address_city").HasMaxLength(100);
            address.Property(x => x.Street).HasColumnName("address_street").HasMaxLength(200);
            address.Property(x => x.PostalCode).HasColumnName("address_postal_code").HasMaxLength(16);
            address.HasIndex(x => new { x.CountryCode, x.PostalCode });
        });
        builder.HasOne<Election>().WithMany().HasForeignKey(a => a.ElectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DiplomaticMission>().WithMany().HasForeignKey(a => a.MissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CivilRegistryEntry>().WithMany().HasForeignKey(a => a.PersonalNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ReferenceNumber).IsUnique();
        // A receipt is unique within its election; a voter carried over into a runoff keeps the first round's (decision 0017).
        builder.HasIndex(a => new { a.ElectionId, a.ReceiptCode }).IsUnique().HasFilter("\"ReceiptCode\" IS NOT NULL");
        // One live application per person, election and channel (SPEC §3); a rejected or withdrawn one may be followed by
        // another. A paper application beside an online one is allowed so that neither is lost: both are flagged, and the
        // index below lets only one of them be approved (docs/decisions/0016).
        builder.HasIndex(a => new { a.ElectionId, a.PersonalNumber, a.Channel }, "UX_applications_live_per_person")
            .IsUnique()
            .HasFilter("\"Status\" NOT IN ('Rejected', 'Withdrawn')");
        builder.HasIndex(a => new { a.ElectionId, a.PersonalNumber }, "UX_applications_approved_per_person")
            .IsUnique()
            .HasFilter("\"Status\" = 'Approved'");
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
        // A reviewer's own claim first; the supervisor's list of leases.
        builder.HasIndex(a => a.ClaimedBy).HasFilter("\"ClaimedBy\" IS NOT NULL");

        // The flags look for the same e-mail, phone and address among the election's applications.
        builder.HasIndex(a => new { a.ElectionId, a.Email });
        builder.HasIndex(a => new { a.ElectionId, a.Phone });
        // Only drafts holding a mission place are looked for by the hold release.
        builder.HasIndex(a => a.MissionHeldUntil).HasFilter("\"MissionHeldUntil\" IS NOT NULL");
        builder.HasOne<VoterApplication>().WithMany().HasForeignKey(a => a.CarriedOverFrom).OnDelete(DeleteBehavior.Restrict);
    }
}
