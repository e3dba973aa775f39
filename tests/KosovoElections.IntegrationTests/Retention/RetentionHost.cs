using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Retention;

/// <summary>The staff site over its own database, so the elections whose images the tests purge are theirs alone.</summary>
public sealed class SqliteRetentionHost() : StaffSiteHost(DatabaseProvider.Sqlite, "retention");

public sealed class PostgresRetentionHost() : StaffSiteHost(DatabaseProvider.Postgres, "retention");
