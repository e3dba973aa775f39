using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

public sealed record RemoveMailboxCommand(Guid ElectionId, Guid MailboxId, string Actor);

/// <summary>
/// Removes a mailbox nobody's ballot depends on. A live application (not rejected or withdrawn) that posts its ballot
/// to this mailbox, with no other mailbox to fall back on, keeps it: its receipt prints this address. A country's
/// mailbox abroad falls back on the default abroad one; the default and the one in Kosovo fall back on none.
/// </summary>
public sealed class RemoveMailbox(IElectionsDbFactory dbFactory, IAuditLog audit)
{
    public const string NoMailbox = "Election_MailboxNotFound";
    public const string InUse = "Election_MailboxInUse";

    public async Task<Outcome> HandleAsync(RemoveMailboxCommand command, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var mailbox = await db.Mailboxes.FirstOrDefaultAsync(m => m.Id == command.MailboxId && m.ElectionId == command.ElectionId, cancellationToken);
        if (mailbox is null)
        {
            return Outcome.Failure(NoMailbox);
        }

        var dependants = await DependantsAsync(db, mailbox, cancellationToken);
        if (dependants > 0)
        {
            return Outcome.Failure(InUse, dependants);
        }

        db.Mailboxes.Remove(mailbox);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.MailboxRemoved,
                Details: $"{command.ElectionId} place={mailbox.Place} country={mailbox.CountryCode ?? "-"}"),
            cancellationToken);
        return Outcome.Success;
    }

    /// <summary>How many live applications would be left without a mailbox for their ballot.</summary>
    internal static async Task<int> DependantsAsync(IElectionsDb db, Mailbox mailbox, CancellationToken cancellationToken)
    {
        var live = db.Applications.Where(a => a.ElectionId == mailbox.ElectionId
            && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn);
        if (mailbox.Place == MailboxPlace.Kosovo)
        {
            return await live.CountAsync(a => a.ReturnMethod == ReturnMethod.PostalKosovo, cancellationToken);
        }

        var abroad = live.Where(a => a.ReturnMethod == ReturnMethod.PostalAbroad);
        if (mailbox.CountryCode is { } country)
        {
            var hasDefault = await db.Mailboxes.AnyAsync(m => m.ElectionId == mailbox.ElectionId && m.Place == MailboxPlace.Abroad && m.CountryCode == null, cancellationToken);
            return hasDefault ? 0 : await abroad.CountAsync(a => a.Address!.CountryCode == country, cancellationToken);
        }

        var ownMailboxes = db.Mailboxes.Where(m => m.ElectionId == mailbox.ElectionId && m.Place == MailboxPlace.Abroad && m.CountryCode != null).Select(m => m.CountryCode);
        return await abroad.CountAsync(a => a.Address == null || !ownMailboxes.Contains(a.Address.CountryCode), cancellationToken);
    }
}
