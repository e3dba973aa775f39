using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>Publishes a CEC mailbox of the current or next election; <see cref="CountryCode"/> is null for the one in Kosovo and the default abroad.</summary>
public sealed record AddMailboxCommand(MailboxPlace Place, string? CountryCode, string Address, string Actor);

public sealed record MailboxAdded(Mailbox Mailbox, string ElectionName, bool Replaced);

public sealed class AddMailboxValidator : AbstractValidator<AddMailboxCommand>
{
    public AddMailboxValidator()
    {
        RuleFor(c => c.Address).NotEmpty().WithMessage("A mailbox needs an address.")
            .MaximumLength(Mailbox.AddressMaxLength).WithMessage($"The address may have at most {Mailbox.AddressMaxLength} characters.");
        RuleFor(c => c.CountryCode)
            .Must(code => Countries.Find(code) is not null)
            .When(c => c.CountryCode is not null)
            .WithMessage(c => $"\"{c.CountryCode}\" is not the ISO 3166-1 code of a country abroad (two capital letters, such as DE).");
        RuleFor(c => c.CountryCode).Null().When(c => c.Place == MailboxPlace.Kosovo).WithMessage("The mailbox in Kosovo has no country.");
    }
}

/// <summary>Adds a mailbox, or changes the address of the one already there for the same place and country.</summary>
public sealed class AddMailbox(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<AddMailboxCommand> validator)
{

    public async Task<Outcome<MailboxAdded>> HandleAsync(AddMailboxCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<MailboxAdded>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.CurrentOrNextAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (election is null)
        {
            return Outcome<MailboxAdded>.Failure("There is no open or upcoming election to add a mailbox to.");
        }

        var mailbox = await db.Mailboxes.FirstOrDefaultAsync(
            m => m.ElectionId == election.Id && m.Place == command.Place && m.CountryCode == command.CountryCode, cancellationToken);
        var replaced = mailbox is not null;
        if (mailbox is null)
        {
            mailbox = command.Place == MailboxPlace.Kosovo ? Mailbox.InKosovo(election, command.Address) : Mailbox.Abroad(election, command.CountryCode, command.Address);
            db.Mailboxes.Add(mailbox);
        }
        else
        {
            mailbox.ChangeAddress(command.Address);
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, replaced ? "election.mailbox-changed" : "election.mailbox-added",
                Details: $"{election.Id} place={mailbox.Place} country={mailbox.CountryCode ?? "-"}"),
            cancellationToken);
        return Outcome<MailboxAdded>.Ok(new MailboxAdded(mailbox, election.Name, replaced));
    }
}
