using System.Text.Json;
using KosovoElections.Application.Common;
using KosovoElections.Application.Email;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace KosovoElections.Infrastructure.Email.Outbox;

/// <summary>Adds the message, encrypted, to the caller's context; it is stored when the caller saves and sent by <see cref="OutboxDispatcher"/>.</summary>
public sealed class EmailOutbox(IDataProtectionProvider dataProtection, TimeProvider clock) : IMailOutbox
{
    internal const string Purpose = "KosovoElections.Email.Outbox";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public void Enqueue(IElectionsDb db, EmailMessage message)
    {
        if (db is not ElectionsDbContext context)
        {
            throw new ArgumentException("The outbox joins the unit of work of an ElectionsDbContext.", nameof(db));
        }

        var payload = _protector.Protect(JsonSerializer.Serialize(message));
        context.OutboxEmails.Add(OutboxEmail.Create(payload, clock.GetUtcNow().UtcDateTime));
    }

    internal static EmailMessage Read(IDataProtector protector, string payload) =>
        JsonSerializer.Deserialize<EmailMessage>(protector.Unprotect(payload))
            ?? throw new InvalidOperationException("An outbox message is empty.");
}
