using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Registry;

public sealed class PostgresRegistryImportTests(PostgresFixture fixture) : RegistryImportTests(fixture), IClassFixture<PostgresFixture>;
