namespace KosovoElections.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The "Database" configuration section; the connection string is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultSqliteConnection = "Data Source=data/kosovo-elections.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the web host or a command starts; when off, both refuse to run until `migrate` has.</summary>
    public bool MigrateAtStartup { get; set; } = true;
}
