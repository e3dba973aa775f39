using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>A fresh, empty database of one provider, described as the configuration the app reads.</summary>
public sealed record TestDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public static TestDatabase Create(DatabaseProvider provider, string name) => provider switch
    {
        DatabaseProvider.Postgres => new(provider, PostgresServer.Instance.CreateDatabase(name)),
        _ => new(provider, $"Data Source={Path.Combine(Path.GetTempPath(), $"ke-{name}-{Guid.NewGuid():N}.db")}"),
    };

    public Dictionary<string, string?> Configuration() => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Default"] = ConnectionString,
    };

    public override string ToString() => Provider.ToString();
}
