using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Registry;

public sealed class SqliteRegistryImportTests(SqliteFixture fixture) : RegistryImportTests(fixture), IClassFixture<SqliteFixture>;
