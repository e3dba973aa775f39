using KosovoElections.IntegrationTests.Fixtures;
using Npgsql;

namespace KosovoElections.Benchmarks.Common;

/// <summary>Databases created on the throwaway cluster for one measurement and dropped after it.</summary>
internal static class ScratchDatabase
{
    /// <summary>Creates an empty database and returns its name.</summary>
    public static string Create(PostgresServer server, string prefix) =>
        new NpgsqlConnectionStringBuilder(server.CreateDatabase(prefix)).Database!;

    public static async Task DropAsync(PostgresServer server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
