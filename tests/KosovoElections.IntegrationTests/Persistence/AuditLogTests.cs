using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Persistence;

/// <summary>The hash-chained audit log under concurrent writers, and its verification, on both providers.</summary>
public abstract class AuditLogTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly DataFixture _fixture = provider == DatabaseProvider.Postgres ? new PostgresFixture() : new SqliteFixture();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Append_ConcurrentWriters_KeepOneUnbrokenChain()
    {
        var log = _fixture.Get<IAuditLog>();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            log.AppendAsync(new AuditEntry(ActorKind.Applicant, "*******017", "signin.failed", Details: "attempt " + i)))));

        var result = await _fixture.Get<VerifyAuditChain>().HandleAsync();
        Assert.True(result.IsIntact, result.Break?.Problem);
        Assert.Equal(40, result.RowsChecked);
    }

    [Fact]
    public async Task Append_TwoInstancesWritingAtOnce_KeepOneUnbrokenChain()
    {
        // A second service provider over the same database is a second server instance with its own in-process queue.
        await using var other = _fixture.NewInstance();
        var first = _fixture.Get<IAuditLog>();
        var second = other.GetRequiredService<IAuditLog>();
        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).AppendAsync(new AuditEntry(ActorKind.Staff, "reviewer-" + (i % 2), "application.viewed", Details: "n=" + i)))));

        var result = await _fixture.Get<VerifyAuditChain>().HandleAsync();
        Assert.True(result.IsIntact, result.Break?.Problem);
        Assert.Equal(60, result.RowsChecked);
    }

    [Fact]
    public async Task Verify_RowChangedInTheDatabase_ReportsThatRow()
    {
        var log = _fixture.Get<IAuditLog>();
        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(new AuditEntry(ActorKind.Staff, "reviewer-1", "application.rejected", Guid.NewGuid(), "reason=" + i));
        }

        long target;
        await using (var db = await _fixture.Db.CreateAsync())
        {
            target = await db.AuditEvents.OrderBy(e => e.Id).Skip(2).Select(e => e.Id).FirstAsync();
            await db.AuditEvents.Where(e => e.Id == target).ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "application.approved"));
        }

        var result = await _fixture.Get<VerifyAuditChain>().HandleAsync();
        Assert.False(result.IsIntact);
        Assert.Equal(target, result.Break!.EventId);
    }

    [Fact]
    public async Task Verify_RowDeleted_IsDetected()
    {
        var log = _fixture.Get<IAuditLog>();
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(new AuditEntry(ActorKind.System, "job", "retention.purged", Details: i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        await using (var db = await _fixture.Db.CreateAsync())
        {
            var second = await db.AuditEvents.OrderBy(e => e.Id).Skip(1).Select(e => e.Id).FirstAsync();
            await db.AuditEvents.Where(e => e.Id == second).ExecuteDeleteAsync();
        }

        Assert.Contains("removed or inserted", (await _fixture.Get<VerifyAuditChain>().HandleAsync()).Break!.Problem, StringComparison.Ordinal);
    }
}

public sealed class AuditLogTestsOnSqlite() : AuditLogTests(DatabaseProvider.Sqlite);

public sealed class AuditLogTestsOnPostgres() : AuditLogTests(DatabaseProvider.Postgres);
