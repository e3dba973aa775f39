using System.Data.Common;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Registry;

/// <summary>
/// The first import into an empty registry, which PostgreSQL loads by rebuilding keys and indexes afterwards: every
/// test gets its own empty database, once per provider.
/// </summary>
public abstract class FirstRegistryImportTests : IAsyncLifetime
{
    private DataFixture _fixture = default!;

    public async Task InitializeAsync()
    {
        _fixture = CreateFixture();
        await _fixture.InitializeAsync();
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task ImportAsync_EmptyRegistry_KeepsThePrimaryKeyAndForeignKeysEnforced()
    {
        await ImportAsync(
            RegistryFile.Row("3201000001", lastName: "Gashi"),
            RegistryFile.Row("3201000002", lastName: "Đorđević", municipality: "Zubin Potok"));

        await ImportAsync(RegistryFile.Row("3201000001", lastName: "Kelmendi"));

        await using var db = await _fixture.Db.CreateAsync();
        var people = await db.RegistryEntries.AsNoTracking().OrderBy(e => e.PersonalNumber).ToListAsync();
        Assert.Equal([("3201000001", "Kelmendi"), ("3201000002", "Đorđević")], people.Select(p => (p.PersonalNumber, p.LastName)));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO registry_entries (personal_number, first_name, last_name, date_of_birth, sex, municipality_id, status) " +
            "VALUES ('3201000003', 'Arben', 'Gashi', '1990-01-01', 'Male', 99, 'Active')"));
    }

    [Fact]
    public async Task ImportAsync_EmptyRegistrySamePersonTwice_KeepsTheLaterRow()
    {
        var report = await ImportAsync(
            RegistryFile.Row("3202000001", lastName: "Gashi"),
            RegistryFile.Row("3202000002", lastName: "Berisha"),
            RegistryFile.Row("3202000001", lastName: "Hoxha", status: "deceased"));

        Assert.Equal(0, report.RejectedCount);
        await using var db = await _fixture.Db.CreateAsync();
        var people = await db.RegistryEntries.AsNoTracking().OrderBy(e => e.PersonalNumber).ToListAsync();
        Assert.Equal(
            [("3202000001", "Hoxha", RegistryStatus.Deceased), ("3202000002", "Berisha", RegistryStatus.Active)],
            people.Select(p => (p.PersonalNumber, p.LastName, p.Status)));
    }

    protected abstract DataFixture CreateFixture();

    private Task<RegistryImportReport> ImportAsync(params string[] rows) =>
        _fixture.Get<IRegistryImporter>().ImportAsync(RegistryFile.With(rows));
}

public sealed class SqliteFirstRegistryImportTests : FirstRegistryImportTests
{
    protected override DataFixture CreateFixture() => new SqliteFixture();
}

public sealed class PostgresFirstRegistryImportTests : FirstRegistryImportTests
{
    protected override DataFixture CreateFixture() => new PostgresFixture();
}
