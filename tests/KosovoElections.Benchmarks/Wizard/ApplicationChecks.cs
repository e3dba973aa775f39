using KosovoElections.Benchmarks.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>After the runs, that the database holds what the completed applications should have left: nothing is taken on trust.</summary>
internal static class ApplicationChecks
{
    public static async Task ReportAsync(ElectionsServices app, MailCatcher mail, OutboxPump outbox, int completed)
    {
        // The last confirmations are still queued: one more pass sends them.
        outbox.Wake();
        for (var waited = 0; mail.Sent < 2 * completed && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        await using var db = await app.Get<ElectionsDbFactory>().CreateAsync();
        var submitted = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Submitted && a.ReturnMethod == ReturnMethod.PostalAbroad);
        var documents = await db.Documents.CountAsync();
        var check = submitted == completed && documents == 5 * completed && mail.Sent == 2 * completed ? "as expected" : "NOT AS EXPECTED";
        Console.WriteLine($"  check ({check}): {submitted} submitted applications returning by post from abroad, {documents} documents, {mail.Sent} e-mails sent for {completed} completed applications");
    }
}
