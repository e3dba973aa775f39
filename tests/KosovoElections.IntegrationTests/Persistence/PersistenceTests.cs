using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Persistence;

/// <summary>The data layer's behaviour, run unchanged on SQLite and on PostgreSQL.</summary>
public abstract class PersistenceTests(DataFixture fixture)
{
    [Fact]
    public async Task Migrate_FreshDatabase_SeedsAll38Municipalities()
    {
        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(38, await db.Municipalities.CountAsync());
        Assert.Equal("Severna Mitrovica", (await db.Municipalities.SingleAsync(m => m.NameSq == "Mitrovicë e Veriut")).NameSr);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Application_RoundTrip_KeepsEveryFieldAndUtc()
    {
        var election = await CreateElectionAsync("Round trip");
        var person = await AddPersonAsync("3000000001");
        var application = VoterApplication.Start(election.Id, person.PersonalNumber, ApplicationChannel.Online, fixture.Clock.UtcNow);
        application.Submit("KE-ROUND1", fixture.Clock.UtcNow, fixture.Clock.UtcNow);
        application.BeginReview(Guid.Empty, (fixture.Clock.UtcNow).AddMinutes(15), fixture.Clock.UtcNow);
        application.RequestCorrection([DecisionReason.ProofOfAddressMismatch, DecisionReason.Other], CorrectionSteps.For([DecisionReason.ProofOfAddressMismatch, DecisionReason.Other]), "Adresa nuk përputhet", Guid.Empty, fixture.Clock.UtcNow);
        await using (var db = await fixture.Db.CreateAsync())
        {
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        }

        await using (var db = await fixture.Db.CreateAsync())
        {
            var stored = await db.Applications.SingleAsync(a => a.Id == application.Id);
            Assert.Equal(ApplicationStatus.CorrectionRequested, stored.Status);
            Assert.Equal([DecisionReason.ProofOfAddressMismatch, DecisionReason.Other], stored.Reasons);
            Assert.Equal("Adresa nuk përputhet", stored.ReasonText);
            Assert.Equal(DateTimeKind.Utc, stored.SubmittedAt!.Value.Kind);
            Assert.Equal(fixture.Clock.UtcNow, stored.SubmittedAt);
            Assert.Equal(application.Version, stored.Version);
        }
    }

    [Fact]
    public async Task Application_ConcurrentDecisions_SecondWriterLoses()
    {
        var election = await CreateElectionAsync("Concurrency");
        var person = await AddPersonAsync("3000000002");
        var application = VoterApplication.Start(election.Id, person.PersonalNumber, ApplicationChannel.Online, fixture.Clock.UtcNow);
        application.Submit("KE-CONC01", fixture.Clock.UtcNow, fixture.Clock.UtcNow);
        application.BeginReview(Guid.Empty, (fixture.Clock.UtcNow).AddMinutes(15), fixture.Clock.UtcNow);
        await using (var db = await fixture.Db.CreateAsync())
        {
            db.Applications.Add(application);
            await db.SaveChangesAsync();
        }

        await using var first = await fixture.Db.CreateAsync();
        await using var second = await fixture.Db.CreateAsync();
        var a = await first.Applications.SingleAsync(x => x.Id == application.Id);
        var b = await second.Applications.SingleAsync(x => x.Id == application.Id);
        a.Approve("R-1", Guid.Empty, fixture.Clock.UtcNow);
        b.Reject([DecisionReason.PersonMismatch], null, Guid.Empty, fixture.Clock.UtcNow);
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = await fixture.Db.CreateAsync();
        Assert.Equal(ApplicationStatus.Approved, (await check.Applications.SingleAsync(x => x.Id == application.Id)).Status);
    }

    [Fact]
    public async Task Application_DuplicateReferenceNumber_IsRefusedByTheDatabase()
    {
        var election = await CreateElectionAsync("References");
        var one = VoterApplication.Start(election.Id, (await AddPersonAsync("3000000003")).PersonalNumber, ApplicationChannel.Online, fixture.Clock.UtcNow);
        var two = VoterApplication.Start(election.Id, (await AddPersonAsync("3000000004")).PersonalNumber, ApplicationChannel.Online, fixture.Clock.UtcNow);
        one.Submit("KE-SAME01", fixture.Clock.UtcNow, fixture.Clock.UtcNow);
        two.Submit("KE-SAME01", fixture.Clock.UtcNow, fixture.Clock.UtcNow);
        await using var db = await fixture.Db.CreateAsync();
        db.Applications.AddRange(one, two);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task CreateElection_OverlappingWindow_IsRefused()
    {
        var first = await CreateElectionAsync("First window");
        var outcome = await fixture.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Second window", ElectionKind.Local, first.ElectionDay, first.OpensAt.AddDays(1), first.ClosesAt.AddDays(-1), "test"));
        Assert.False(outcome.Succeeded);
        var refusal = outcome.Errors.Single();
        Assert.Equal(CreateElection.Overlaps, refusal.Key);
        Assert.Equal([first.Name], refusal.Arguments);
    }

    [Fact]
    public async Task Election_Instants_ComeBackAsUtc()
    {
        var created = await CreateElectionAsync("Instants");
        await using var db = await fixture.Db.CreateAsync();
        var stored = await db.Elections.AsNoTracking().SingleAsync(e => e.Id == created.Id);
        Assert.Equal(DateTimeKind.Utc, stored.ClosesAt.Kind);
        Assert.Equal(created.ClosesAt, stored.ClosesAt);
        Assert.Equal(created.ElectionDay, stored.ElectionDay);
    }

    private static int _windows;

    /// <summary>Each election gets its own non-overlapping window, years apart, so tests in one database never collide.</summary>
    protected async Task<Election> CreateElectionAsync(string name)
    {
        var slot = Interlocked.Increment(ref _windows);
        var opens = new DateTime(2030 + (slot * 2), 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var day = DateOnly.FromDateTime(opens.AddDays(60));
        while (!Election.IsSunday(day))
        {
            day = day.AddDays(1);
        }

        var outcome = await fixture.Get<CreateElection>().HandleAsync(new CreateElectionCommand(name, ElectionKind.Local, day, opens, opens.AddDays(30), "test"));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Value!;
    }

    protected async Task<CivilRegistryEntry> AddPersonAsync(string personalNumber)
    {
        var person = new CivilRegistryEntry(personalNumber, "Arta", "Morina", null, new DateOnly(1990, 5, 17), Sex.Female, 25, RegistryStatus.Active);
        await using var db = await fixture.Db.CreateAsync();
        db.RegistryEntries.Add(person);
        await db.SaveChangesAsync();
        return person;
    }
}

public sealed class PersistenceTestsOnSqlite(SqliteFixture fixture) : PersistenceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PersistenceTestsOnPostgres(PostgresFixture fixture) : PersistenceTests(fixture), IClassFixture<PostgresFixture>;
