using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Address;

public abstract class AddressHost(DatabaseProvider provider) : ApplicantSiteHost(provider, "address");

public sealed class SqliteAddressHost() : AddressHost(DatabaseProvider.Sqlite);

public sealed class PostgresAddressHost() : AddressHost(DatabaseProvider.Postgres);
