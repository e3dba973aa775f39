using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KosovoElections.Infrastructure.Persistence.Configurations;

internal sealed class FigureCountConfiguration : IEntityTypeConfiguration<FigureCount>
{
    public void Configure(EntityTypeBuilder<FigureCount> builder)
    {
        builder.ToTable("figure_counts");
        // The key the saves' upsert names in ON CONFLICT (Persistence/Figures/KeptFigures).
        builder.HasKey(f => new { f.ElectionId, f.Figure, f.Key });
        builder.Property(f => f.Figure).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Key).HasMaxLength(24);
        builder.HasOne<Election>().WithMany().HasForeignKey(f => f.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FigureHourConfiguration : IEntityTypeConfiguration<FigureHour>
{
    public void Configure(EntityTypeBuilder<FigureHour> builder)
    {
        builder.ToTable("figure_hours");
        builder.HasKey(f => new { f.ElectionId, f.Figure, f.Key, f.Hour });
        builder.Property(f => f.Figure).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Key).HasMaxLength(24);
        builder.HasOne<Election>().WithMany().HasForeignKey(f => f.ElectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
