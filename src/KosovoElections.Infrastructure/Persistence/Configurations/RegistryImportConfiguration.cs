using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class RegistryImportConfiguration : IEntityTypeConfiguration<RegistryImport>
{
    public void Configure(EntityTypeBuilder<RegistryImport> builder)
    {
        builder.ToTable("registry_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.StartedBy).HasMaxLength(254).IsRequired();
        builder.Property(i => i.FileName).HasMaxLength(RegistryImport.MaxFileNameLength).IsRequired();
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);

        // Two imports never run at once, on any server: the second insert of the one running slot fails (decision 0013).
        builder.HasIndex(i => i.RunningSlot).IsUnique();
        builder.HasIndex(i => i.StartedAt);

        builder.OwnsMany(i => i.Rejections, rejection =>
        {
            rejection.ToTable("registry_import_rejections");
            rejection.WithOwner().HasForeignKey("ImportId");
            rejection.Property<int>("Id").ValueGeneratedOnAdd();
            rejection.HasKey("Id");
            rejection.Property(r => r.Problem).HasConversion<string>().HasMaxLength(32);
            rejection.Property(r => r.Detail).HasMaxLength(64);
        });
        builder.Navigation(i => i.Rejections).HasField("_rejections");
    }
}
