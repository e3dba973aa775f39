using KosovoElections.Domain.Elections;
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

    [Fact]
    public async Task ApplicationMunicipality_AnApplicationMadeBefore_CountsUnderItsPersonsMunicipalityInTheRegistry()
    {
        await using var services = fixture.NewInstance(TestDatabase.Create(fixture.Provider, "MunicipalityMigration"));
        await using var db = await services.GetRequiredService<ElectionsDbFactory>().CreateAsync();
        var migrator = db.Database.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var municipality = migrations.FindIndex(m => m.EndsWith("_ApplicationMunicipality", StringComparison.Ordinal));
        await migrator.MigrateAsync(migrations[municipality - 1]);
        var now = new DateTime(2027, 1, 20, 8, 0, 0, DateTimeKind.Utc);
        var election = Election.Create("Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), now.AddDays(-1), now.AddDays(20));
        db.Elections.Add(election);
        db.RegistryEntries.Add(RegistryPeople.Person("5600000001", new DateOnly(1990, 1, 1))); // municipality 29
        await db.SaveChangesAsync();

        var id = Guid.NewGuid();
        var none = fixture.Provider == DatabaseProvider.Postgres ? "'{{}}'" : "'[]'"; // an empty list, as each provider stores it (braces doubled for the format)
#pragma warning disable EF1003 // the only text put into the statement is one of the two constants above
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO applications (\"Id\", \"ElectionId\", \"PersonalNumber\", \"Status\", \"Channel\", \"Reasons\", \"CorrectionSteps\", \"CreatedAt\", \"UpdatedAt\", \"SubmittedAt\", \"Version\", \"Language\") " +
            $"VALUES ({{0}}, {{1}}, {{2}}, 'Submitted', 'Online', {none}, {none}, {{3}}, {{3}}, {{3}}, {{4}}, 'sq')",
            id, election.Id, "5600000001", now, Guid.NewGuid());
#pragma warning restore EF1003
        await migrator.MigrateAsync();

        Assert.Equal(29, await db.Applications.AsNoTracking().Where(a => a.Id == id).Select(a => a.MunicipalityId).SingleAsync());
    }
}

public sealed class MigrationDataTestsOnSqlite(SqliteFixture fixture) : MigrationDataTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MigrationDataTestsOnPostgres(PostgresFixture fixture) : MigrationDataTests(fixture), IClassFixture<PostgresFixture>;
