using System.Data.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Infrastructure.Persistence.Figures;
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

    [Fact]
    public async Task KeptFigures_ApplicationsSentBefore_CountedAsARecountWouldCountThem()
    {
        await using var services = fixture.NewInstance(TestDatabase.Create(fixture.Provider, "FiguresMigration"));
        await using var db = await services.GetRequiredService<ElectionsDbFactory>().CreateAsync();
        var migrator = db.Database.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_KeptFigures", StringComparison.Ordinal)) - 1]);
        var now = new DateTime(2027, 1, 20, 8, 0, 0, DateTimeKind.Utc);
        var election = Election.Create("Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), now.AddDays(-1), now.AddDays(20));
        db.Elections.Add(election);
        foreach (var number in (string[])["5600000001", "5600000002", "5600000003", "5600000004"])
        {
            db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1))); // municipality 29
        }

        await db.SaveChangesAsync();

        // Sent at 08:10 to Germany; approved at 09:40 after being sent at 08:50 to Switzerland; sent by post at 09:05
        // without an address yet; a draft, which counts nowhere.
        var none = fixture.Provider == DatabaseProvider.Postgres ? "'{{}}'" : "'[]'"; // an empty list, as each provider stores it (braces doubled for the format)
#pragma warning disable EF1003 // the only text put into the statement is one of the two constants above
        async Task InsertAsync(string number, string status, string channel, DateTime? sent, DateTime? decided, string? country, string? method) =>
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO applications (\"Id\", \"ElectionId\", \"PersonalNumber\", \"Status\", \"Channel\", \"Reasons\", \"CorrectionSteps\", \"CreatedAt\", " +
                "\"UpdatedAt\", \"SubmittedAt\", \"DecidedAt\", \"Version\", \"Language\", \"MunicipalityId\", address_country, address_city, address_street, " +
                $"address_postal_code, \"ReturnMethod\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {{4}}, {none}, {none}, {{5}}, {{5}}, {{6}}, {{7}}, {{8}}, 'sq', 29, " +
                "{9}, {10}, {11}, {12}, {13})",
                Guid.NewGuid(), election.Id, number, status, channel, now, sent!, decided!, Guid.NewGuid(),
                country!, country is null ? null! : "Qyteti", country is null ? null! : "Rruga 1", country is null ? null! : "1000", method!);
#pragma warning restore EF1003
        await InsertAsync("5600000001", "Submitted", "Online", now.AddMinutes(10), null, "DE", "PostalAbroad");
        await InsertAsync("5600000002", "Approved", "Online", now.AddMinutes(50), now.AddMinutes(100), "CH", "PostalKosovo");
        await InsertAsync("5600000003", "Submitted", "Post", now.AddMinutes(65), null, null, null);
        await InsertAsync("5600000004", "Draft", "Online", null, null, "AT", "PostalAbroad");
        await migrator.MigrateAsync();

        var counts = await db.FigureCounts.AsNoTracking().Where(f => f.ElectionId == election.Id).ToListAsync();
        var hours = await db.FigureHours.AsNoTracking().Where(f => f.ElectionId == election.Id).ToListAsync();
        Assert.Equal(
            ["Country CH 1", "Country DE 1", "Municipality 29 3", "ReturnMethod PostalAbroad 1", "ReturnMethod PostalKosovo 1", "Status Approved 1", "Status Submitted 2"],
            counts.Select(f => $"{f.Figure} {f.Key} {f.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Decided Approved 2027-01-20T09:00:00Z 1", "Sent Online 2027-01-20T08:00:00Z 2", "Sent Post 2027-01-20T09:00:00Z 1"],
            hours.Select(f => $"{f.Figure} {f.Key} {f.Hour:yyyy-MM-ddTHH:mm:ssZ} {f.Count}").Order(StringComparer.Ordinal));
        Assert.Equal(0, await FigureRecount.RecountAsync(db, election.Id));
    }

    [Fact]
    public async Task DocumentPagesUnique_PagesSavedTwiceByARace_EachKeptOnItsOwnPageWithTheNewestOnThePage()
    {
        await using var services = fixture.NewInstance(TestDatabase.Create(fixture.Provider, "PagesMigration"));
        await using var db = await services.GetRequiredService<ElectionsDbFactory>().CreateAsync();
        var migrator = db.Database.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_DocumentPagesUnique", StringComparison.Ordinal)) - 1]);
        var now = new DateTime(2027, 1, 20, 8, 0, 0, DateTimeKind.Utc);
        var election = Election.Create("Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), now.AddDays(-1), now.AddDays(20));
        db.Elections.Add(election);
        db.RegistryEntries.Add(RegistryPeople.Person("5600000001", new DateOnly(1990, 1, 1)));
        var application = VoterApplication.Start(election.Id, "5600000001", ApplicationChannel.Online, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();

        async Task<Guid> InsertAsync(string kind, string subtype, int page, int minute)
        {
            var id = Guid.NewGuid();
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO documents ("Id", "ApplicationId", "Kind", "Subtype", "Format", "Pages", "PageNumber", "CapturedAt", "Width", "Height", "Sha256",
                    "PerceptualHash", "HashBand0", "HashBand1", "HashBand2", "HashBand3", "Brightness", "Sharpness", "ImageRef", "ThumbnailRef")
                VALUES ({id}, {application.Id}, {kind}, {subtype}, {"Jpeg"}, {1}, {page}, {now.AddMinutes(minute)}, {1000}, {1400}, {new string('a', 64)},
                    {0L}, {0}, {0}, {0}, {0}, {120.0}, {200.0}, {"image-" + id}, {"thumb-" + id})
                """);
            return id;
        }

        // Two tabs both took the selfie, and both added the bill's second page; the passport was taken once.
        var olderSelfie = await InsertAsync("Selfie", "None", 1, 1);
        var newerSelfie = await InsertAsync("Selfie", "None", 1, 2);
        var first = await InsertAsync("ProofOfAddress", "UtilityBill", 1, 3);
        var olderSecond = await InsertAsync("ProofOfAddress", "UtilityBill", 2, 4);
        var newerSecond = await InsertAsync("ProofOfAddress", "UtilityBill", 2, 5);
        var third = await InsertAsync("ProofOfAddress", "UtilityBill", 3, 6);
        var passport = await InsertAsync("IdDocument", "Passport", 1, 7);
        await migrator.MigrateAsync();

        var pages = await db.Documents.AsNoTracking().Where(d => d.ApplicationId == application.Id).ToDictionaryAsync(d => d.Id, d => d.PageNumber);
        Assert.Equal(
            new Dictionary<Guid, int> { [newerSelfie] = 1, [olderSelfie] = 2, [first] = 1, [newerSecond] = 2, [third] = 3, [olderSecond] = 4, [passport] = 1 },
            pages);
        await Assert.ThrowsAnyAsync<DbException>(() => InsertAsync("Selfie", "None", 1, 8));
    }
}

public sealed class MigrationDataTestsOnSqlite(SqliteFixture fixture) : MigrationDataTests(fixture), IClassFixture<SqliteFixture>;

public sealed class MigrationDataTestsOnPostgres(PostgresFixture fixture) : MigrationDataTests(fixture), IClassFixture<PostgresFixture>;
