using System.Diagnostics;
using KosovoElections.Application.Email;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Email.Outbox;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.Benchmarks.Mail;

/// <summary>
/// The outbox dispatcher's messages per second against a local SMTP server, on PostgreSQL: MailKit with a connection
/// per message (the baseline, as the app sent before batches) and MailKit with one connection per pass (the app). The
/// sender that came before MailKit (the .NET SmtpClient) was measured at commit 0830ec1 (docs/performance.md).
/// </summary>
internal static class MailDispatchScenario
{
    public static async Task RunAsync(MailDispatchOptions options)
    {
        Console.WriteLine($"Mail dispatch: {options.Messages:N0} verification e-mails per run, {options.Rounds} rounds; " +
            $"{Environment.ProcessorCount} cores, load average {MachineLoad.Averages()}");
        var server = PostgresServer.Instance;
        var database = ScratchDatabase.Create(server, "mail");
        try
        {
            await MeasureAsync(options, server.ConnectionString(database));
        }
        finally
        {
            await ScratchDatabase.DropAsync(server, database);
        }
    }

    private static async Task MeasureAsync(MailDispatchOptions options, string connectionString)
    {
        using var relay = await SinkRelay.StartAsync();
        var settings = OperatorSettings.WithRandomKeys();
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:Smtp:Security"] = nameof(SmtpSecurity.None);
        await using var app = await ElectionsServices.StartAsync(DatabaseProvider.Postgres, connectionString, settings);
        var mailKit = app.Get<IEmailSender>();
        var senders = new (string Name, IEmailSender Sender)[]
        {
            ("baseline: MailKit, a connection per message", new OneConnectionPerMessage(mailKit)),
            ("MailKit, one connection per pass (the app)", mailKit),
        };
        var rates = senders.ToDictionary(s => s.Name, _ => new List<double>());
        var cpu = senders.ToDictionary(s => s.Name, _ => new List<double>());

        // A warm-up of each path (JIT, pools, the relay's first connections), untimed.
        foreach (var (_, sender) in senders)
        {
            await RunOnceAsync(app, sender, 100);
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            for (var k = 0; k < senders.Length; k++)
            {
                var (name, sender) = senders[(round + k) % senders.Length];
                var (seconds, cpuMs) = await RunOnceAsync(app, sender, options.Messages);
                rates[name].Add(options.Messages / seconds);
                cpu[name].Add(cpuMs / options.Messages);
                Console.WriteLine($"  round {round + 1}: {name}: {options.Messages / seconds:F0} messages/s, {cpuMs / options.Messages:F2} ms CPU of this process per message");
            }
        }

        var baseline = Median(rates[senders[0].Name]);
        Console.WriteLine();
        Console.WriteLine("| sender | messages/s (median) | ratio to baseline | CPU ms per message (median) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, _) in senders)
        {
            Console.WriteLine($"| {name} | {Median(rates[name]):F0} (range {rates[name].Min():F0}–{rates[name].Max():F0}) | {Median(rates[name]) / baseline:F2}x | {Median(cpu[name]):F2} |");
        }
    }

    /// <summary>Queues <paramref name="count"/> messages (untimed), then times the dispatcher until nothing is due.</summary>
    private static async Task<(double Seconds, double CpuMilliseconds)> RunOnceAsync(ElectionsServices app, IEmailSender sender, int count)
    {
        var templates = app.Get<IEmailTemplates>();
        var outbox = app.Get<IMailOutbox>();
        for (var queued = 0; queued < count; queued += 200)
        {
            await using var db = await app.Get<ElectionsDbFactory>().CreateAsync();
            for (var i = queued; i < Math.Min(count, queued + 200); i++)
            {
                outbox.Enqueue(db, templates.VerificationCode($"applicant{i}@example.org", i % 2 == 0 ? "sq" : "sr-Latn", $"{i % 1_000_000:000000}", TimeSpan.FromMinutes(10)));
            }

            await db.SaveChangesAsync();
        }

        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services, sender, NullLogger<OutboxDispatcher>.Instance);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var sent = 0;
        int pass;
        while ((pass = await dispatcher.DispatchDueAsync()) > 0)
        {
            sent += pass;
        }

        clock.Stop();
        var cpuMs = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        if (sent != count)
        {
            throw new InvalidOperationException($"Sent {sent} of {count}: the relay refused or failed some.");
        }

        return (clock.Elapsed.TotalSeconds, cpuMs);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
