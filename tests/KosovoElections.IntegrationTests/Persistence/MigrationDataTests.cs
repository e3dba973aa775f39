using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Persistence;

/// <summary>Migrations that change the shape of data already stored keep that data, on each provider.</summary>
public abstract class MigrationDataTests(DataFixture fixture)
{
    [Fact]
    public async Task ElectionNamesInThreeLanguages_AnElectionMadeBefore_KeepsItsNameInEachLanguage()
    {
        await using var services = fixture.NewInstance(TestDatabase.Create(fixture.Provider, "NamesMigration"));
        await using var db = await services.GetRequiredService<ElectionsDbFactory>().CreateAsync();
        var migrator = db.Database.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var names = migrations.FindIndex(m => m.EndsWith("_ElectionNamesInThreeLanguages", StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[names - 1]);

        var id = Guid.NewGuid();
        var opens = new DateTime(2027, 1, 10, 8, 0, 0, DateTimeKind.Utc);
        var closes = new DateTime(2027, 3, 1, 22, 59, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO elections ("Id", "Name", "Kind", "ElectionDay", "OpensAt", "ClosesAt", "OffersPostalAbroad", "OffersPostalKosovo")
            VALUES ({id}, {"Zgjedhjet e parakohshme 2027"}, {"Early"}, {new DateOnly(2027, 3, 14)}, {opens}, {closes}, {true}, {true})
            """);
        await migrator.MigrateAsync();

        var election = await db.Elections.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal("Zgjedhjet e parakohshme 2027", election.Names.In("sq"));
        Assert.Equal("Zgjedhjet e parakohshme 2027", election.Names.In("sr-Latn"));
        Assert.Equal("Zgjedhjet e parakohshme 2027", election.Names.In("en"));
    }
}

public sealed class MigrationDataTestsOnSqlite(SqliteFixture fixture) : MigrationDataTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MigrationDataTestsOnPostgres(PostgresFixture fixture) : MigrationDataTests(fixture), IClassFixture<PostgresFixture>;
