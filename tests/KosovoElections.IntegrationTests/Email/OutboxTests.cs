using KosovoElections.Application.Email;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Email.Outbox;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>The transactional outbox and its dispatcher against a real SMTP server, on both providers.</summary>
public abstract class OutboxTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly DataFixture _fixture = provider == DatabaseProvider.Postgres ? new PostgresFixture() : new SqliteFixture();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Dispatch_SmtpDownThenUp_RetriesAfterTheBackoffAndDeliversExactlyOnce()
    {
        var port = PostgresServer.FreePort();
        await using var other = _fixture.NewInstance();
        var first = Dispatcher(_fixture.Services, port);
        var second = Dispatcher(other, port);
        var id = await EnqueueAsync(Message("Zgjedhjet – ë ç š đ"));

        Assert.Equal(0, await first.DispatchDueAsync());
        var failed = await RowAsync(id);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(_fixture.Clock.UtcNow + TimeSpan.FromSeconds(30), failed.DueAt);
        Assert.Equal("SocketException(ConnectionRefused)", failed.LastError);
        Assert.Null(failed.ClaimedUntil);

        using var server = await SmtpListener.StartAsync(port);
        Assert.Equal(0, await first.DispatchDueAsync());
        Assert.Equal(1, (await RowAsync(id)).Attempts);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var passes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).DispatchDueAsync())));

        Assert.Equal(1, passes.Sum());
        var mail = Assert.Single(await server.WaitForAsync(1));
        Assert.Equal("Zgjedhjet – ë ç š đ", mail.Subject);
        var sent = await RowAsync(id);
        Assert.Equal(_fixture.Clock.UtcNow, sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(string.Empty, sent.Payload);

        _fixture.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await first.DispatchDueAsync() + await second.DispatchDueAsync());
        await Task.Delay(300);
        Assert.Single(server.Messages());
    }

    [Fact]
    public async Task Dispatch_TwoDispatchersOverOneDatabase_SendEachMessageExactlyOnce()
    {
        using var server = await SmtpListener.StartAsync();
        await using var other = _fixture.NewInstance();
        var first = Dispatcher(_fixture.Services, server.Port);
        var second = Dispatcher(other, server.Port);
        for (var i = 0; i < 12; i++)
        {
            await EnqueueAsync(Message($"Message {i:00}"));
        }

        var passes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).DispatchDueAsync())));

        Assert.Equal(12, passes.Sum());
        var received = await server.WaitForAsync(12);
        await Task.Delay(300);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"Message {i:00}"), server.Messages().Select(m => m.Subject).Order());
        Assert.Equal(12, received.Count);
    }

    [Fact]
    public async Task Dispatch_ServerDownForADay_BacksOffDoublingTo30MinutesThenGivesUp()
    {
        var dispatcher = Dispatcher(_fixture.Services, PostgresServer.FreePort());
        var id = await EnqueueAsync(Message("Never delivered"));
        var waits = new List<TimeSpan>();

        for (var pass = 0; pass < 100; pass++)
        {
            await dispatcher.DispatchDueAsync();
            var row = await RowAsync(id);
            if (row.GaveUpAt is not null)
            {
                break;
            }

            waits.Add(row.DueAt - _fixture.Clock.UtcNow);
            _fixture.Clock.Set(row.DueAt);
        }

        var seconds = waits.Select(w => (int)w.TotalSeconds).ToList();
        Assert.Equal(new[] { 30, 60, 120, 240, 480, 960, 1800, 1800 }, seconds.Take(8));
        Assert.All(seconds.Skip(6), s => Assert.Equal(1800, s));
        var given = await RowAsync(id);
        Assert.NotNull(given.GaveUpAt);
        Assert.True(given.GaveUpAt - given.CreatedAt >= TimeSpan.FromHours(24));
        Assert.Null(given.SentAt);
        Assert.Equal(string.Empty, given.Payload);
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
    }

    [Fact]
    public async Task Enqueue_ContextNotSaved_StoresNothing()
    {
        await using (var db = await _fixture.Db.CreateAsync())
        {
            _fixture.Get<IMailOutbox>().Enqueue(db, Message("Rolled back"));
        }

        await using var check = await _fixture.Db.CreateAsync();
        Assert.False(await check.OutboxEmails.AnyAsync());
    }

    [Fact]
    public async Task Enqueue_Saved_KeepsOnlyAnEncryptedPayload()
    {
        var id = await EnqueueAsync(Message("Kodi – ë ç š đ"));

        var row = await RowAsync(id);
        Assert.DoesNotContain("Kodi", row.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", row.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("731904", row.Payload, StringComparison.Ordinal);
        var recording = new RecordingEmailSender();
        Assert.Equal(1, await Dispatcher(_fixture.Services, recording).DispatchDueAsync());
        Assert.Equal(Message("Kodi – ë ç š đ"), Assert.Single(recording.Sent));
    }

    [Fact]
    public async Task Dispatch_BatchOfTwelve_SendsAllOverOneConnection()
    {
        using var server = await SmtpListener.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            await EnqueueAsync(Message($"Message {i:00}"));
        }

        Assert.Equal(12, await Dispatcher(_fixture.Services, server.Port).DispatchDueAsync());

        Assert.Equal(12, (await server.WaitForAsync(12)).Count);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task Dispatch_RelayRefusesAuthentication_RecordsTheFailureForEachAndRetriesAfterTheBackoff()
    {
        using var certificate = TestCertificate.SelfSigned();
        using var server = await SmtpListener.StartAsync(new SmtpListenerSetup(certificate, RefuseAuthentication: true));
        var dispatcher = Dispatcher(_fixture.Services, new SmtpEmailSender(
            new EmailOptions
            {
                Smtp =
                {
                    Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.StartTls, UserName = "kqz", Password = "wrong",
                    PinnedCertificateSha256 = TestCertificate.Sha256(certificate),
                },
            },
            TimeProvider.System));
        var ids = new[] { await EnqueueAsync(Message("A")), await EnqueueAsync(Message("B")), await EnqueueAsync(Message("C")) };

        Assert.Equal(0, await dispatcher.DispatchDueAsync());

        foreach (var id in ids)
        {
            var row = await RowAsync(id);
            Assert.Null(row.SentAt);
            Assert.Equal(1, row.Attempts);
            Assert.Equal("AuthenticationException SmtpCommandException(535 UnexpectedStatusCode)", row.LastError);
            Assert.Equal(_fixture.Clock.UtcNow + TimeSpan.FromSeconds(30), row.DueAt);
            Assert.Null(row.ClaimedUntil);
            Assert.NotEqual(string.Empty, row.Payload);
        }

        Assert.Equal(1, server.Connections);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await dispatcher.DispatchDueAsync());
        foreach (var id in ids)
        {
            Assert.Equal(2, (await RowAsync(id)).Attempts);
        }

        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task Dispatch_OneRecipientRefusedInTheBatch_SendsTheOthersAndRetriesOnlyThatOne()
    {
        using var server = await SmtpListener.StartAsync();
        await EnqueueAsync(Message("first"));
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await EnqueueAsync(Message("refused") with { To = "refused@example.org" });
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await EnqueueAsync(Message("last"));

        Assert.Equal(2, await Dispatcher(_fixture.Services, server.Port).DispatchDueAsync());

        Assert.Equal(["first", "last"], (await server.WaitForAsync(2)).Select(m => m.Subject));
        var row = await RowAsync(refused);
        Assert.Null(row.SentAt);
        Assert.Equal("SmtpCommandException(550 RecipientNotAccepted)", row.LastError);
        Assert.Equal(_fixture.Clock.UtcNow + TimeSpan.FromSeconds(30), row.DueAt);
    }

    private static EmailMessage Message(string subject) =>
        new("blerta.shala@example.org", subject, "Kodi: 731904", "<p>Kodi: <b>731904</b></p>", "sq");

    private static OutboxDispatcher Dispatcher(IServiceProvider services, int smtpPort) =>
        Dispatcher(services, new SmtpEmailSender(new EmailOptions { Smtp = { Host = "127.0.0.1", Port = smtpPort, Security = SmtpSecurity.None } }, TimeProvider.System));

    private static OutboxDispatcher Dispatcher(IServiceProvider services, IEmailSender sender) =>
        ActivatorUtilities.CreateInstance<OutboxDispatcher>(services, sender);

    private async Task<Guid> EnqueueAsync(EmailMessage message)
    {
        await using var db = await _fixture.Db.CreateAsync();
        _fixture.Get<IMailOutbox>().Enqueue(db, message);
        await db.SaveChangesAsync();
        return db.OutboxEmails.Local.Single().Id;
    }

    private async Task<OutboxEmail> RowAsync(Guid id)
    {
        await using var db = await _fixture.Db.CreateAsync();
        return await db.OutboxEmails.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}

public sealed class OutboxTestsOnSqlite() : OutboxTests(DatabaseProvider.Sqlite);

public sealed class OutboxTestsOnPostgres() : OutboxTests(DatabaseProvider.Postgres);
