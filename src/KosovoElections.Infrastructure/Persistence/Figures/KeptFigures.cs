using System.Text;
using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KosovoElections.Infrastructure.Persistence.Figures;

/// <summary>
/// The figures kept by the saves themselves (docs/decisions/0020): what a save changes in the applications it tracks,
/// read from the change tracker before the save, and added to the counts in its transaction with one command (an upsert
/// per table).
/// </summary>
internal static class KeptFigures
{
    private const int RowsPerCommand = 1000;

    /// <summary>What saving the tracked changes would change in the figures (nothing for a save without applications).</summary>
    public static IReadOnlyList<KeyValuePair<FigureKey, int>> ChangesIn(ChangeTracker tracker)
    {
        if (tracker.AutoDetectChangesEnabled)
        {
            tracker.DetectChanges();
        }

        var applications = tracker.Entries<VoterApplication>().Where(e => e.State is not EntityState.Detached).ToList();
        if (applications.Count == 0)
        {
            return [];
        }

        // The address is owned: replacing it leaves the old one's entry deleted beside the new one's.
        var addresses = tracker.Entries<AddressAbroad>().ToLookup(OwnerOf);
        var changes = new FigureChanges();
        foreach (var entry in applications)
        {
            var address = addresses[entry.Entity.Id].ToList();
            var before = entry.State is EntityState.Added ? null : Counted(entry.OriginalValues,
                address.Where(a => a.State is not EntityState.Added).Select(a => a.OriginalValues.GetValue<string>(nameof(AddressAbroad.CountryCode))).FirstOrDefault());
            var after = entry.State is EntityState.Deleted ? null : Counted(entry.CurrentValues,
                address.Where(a => a.State is not EntityState.Deleted).Select(a => a.CurrentValues.GetValue<string>(nameof(AddressAbroad.CountryCode))).FirstOrDefault());
            changes.Change(before, after);
        }

        return changes.NonZero;
    }

    /// <summary>
    /// Adds <paramref name="changes"/> to the counts, creating those not counted yet: one round trip for a save (the
    /// counts' statement and the hours' together), in commands of at most <see cref="RowsPerCommand"/> rows, within
    /// both providers' limits on parameters (a recount writes thousands).
    /// </summary>
    public static async Task ApplyAsync(DatabaseFacade database, IReadOnlyList<KeyValuePair<FigureKey, int>> changes, CancellationToken cancellationToken)
    {
        foreach (var rows in changes.Chunk(RowsPerCommand))
        {
            var sql = new StringBuilder();
            var parameters = new List<object>();
            Upsert(sql, parameters, "figure_counts", ["ElectionId", "Figure", "Key"], [.. rows.Where(c => c.Key.Hour is null)],
                c => [c.Key.ElectionId, c.Key.Figure.ToString(), c.Key.Key, c.Value]);
            Upsert(sql, parameters, "figure_hours", ["ElectionId", "Figure", "Key", "Hour"], [.. rows.Where(c => c.Key.Hour is not null)],
                c => [c.Key.ElectionId, c.Key.Figure.ToString(), c.Key.Key, c.Key.Hour!.Value, c.Value]);
            await database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    // One INSERT … ON CONFLICT DO UPDATE for all the rows of a table (both providers speak it): an atomic increment that
    // two saves at once cannot lose, each key once per statement.
    private static void Upsert(
        StringBuilder sql,
        List<object> parameters,
        string table,
        string[] key,
        KeyValuePair<FigureKey, int>[] rows,
        Func<KeyValuePair<FigureKey, int>, object[]> values)
    {
        if (rows.Length == 0)
        {
            return;
        }

        var columns = key.Append("Count");
        sql.Append($"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ");
        for (var i = 0; i < rows.Length; i++)
        {
            var row = values(rows[i]);
            var first = parameters.Count;
            parameters.AddRange(row);
            sql.Append(i == 0 ? "(" : ", (").AppendJoin(", ", Enumerable.Range(first, row.Length).Select(n => $"{{{n}}}")).Append(')');
        }

        sql.Append($" ON CONFLICT ({string.Join(", ", key.Select(c => $"\"{c}\""))}) DO UPDATE SET \"Count\" = {table}.\"Count\" + excluded.\"Count\";\n");
    }

    private static Guid OwnerOf(EntityEntry<AddressAbroad> address) =>
        (Guid)address.Property(address.Metadata.FindOwnership()!.Properties[0].Name).CurrentValue!;

    private static CountedApplication Counted(PropertyValues values, string? country) => new(
        values.GetValue<Guid>(nameof(VoterApplication.ElectionId)),
        values.GetValue<ApplicationStatus>(nameof(VoterApplication.Status)),
        values.GetValue<ApplicationChannel>(nameof(VoterApplication.Channel)),
        values.GetValue<ReturnMethod?>(nameof(VoterApplication.ReturnMethod)),
        country,
        values.GetValue<int?>(nameof(VoterApplication.MunicipalityId)),
        values.GetValue<DateTime?>(nameof(VoterApplication.SubmittedAt)),
        values.GetValue<DateTime?>(nameof(VoterApplication.DecidedAt)));
}
