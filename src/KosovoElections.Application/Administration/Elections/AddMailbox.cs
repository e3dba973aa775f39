using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>Publishes a CEC mailbox of the election named (an admin's page), else of the current or next one (the command); <see cref="CountryCode"/> is null for the one in Kosovo and the default abroad.</summary>
public sealed record AddMailboxCommand(MailboxPlace Place, string? CountryCode, string Address, string Actor, Guid? ElectionId = null);

public sealed record MailboxAdded(Mailbox Mailbox, string ElectionName, bool Replaced);

/// <summary>Messages are text keys (<see cref="TextMessage"/>); a message with values in it gets them from the failure's state.</summary>
public sealed class AddMailboxValidator : AbstractValidator<AddMailboxCommand>
{
    public const string AddressRequired = "Election_MailboxAddressRequired";
    public const string AddressTooLong = "Election_MailboxAddressTooLong";
    public const string CountryUnknown = "Election_CountryUnknown";
    public const string KosovoHasNoCountry = "Election_MailboxKosovoHasNoCountry";

    public AddMailboxValidator()
    {
        RuleFor(c => c.Address).NotEmpty().WithMessage(AddressRequired)
            .MaximumLength(Mailbox.AddressMaxLength).WithMessage(AddressTooLong).WithState(_ => Mailbox.AddressMaxLength);
        RuleFor(c => c.CountryCode)
            .Must(code => Countries.Find(code) is not null)
            .When(c => c.CountryCode is not null)
            .WithMessage(CountryUnknown).WithState(c => c.CountryCode!);
        RuleFor(c => c.CountryCode).Null().When(c => c.Place == MailboxPlace.Kosovo).WithMessage(KosovoHasNoCountry);
    }
}

/// <summary>Adds a mailbox, or changes the address of the one already there for the same place and country.</summary>
public sealed class AddMailbox(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<AddMailboxCommand> validator)
{
    public const string NoElection = "Election_MailboxNoElection";

    public async Task<Outcome<MailboxAdded>> HandleAsync(AddMailboxCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<MailboxAdded>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.NamedOrCurrentAsync(command.ElectionId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (election is null)
        {
            return Outcome<MailboxAdded>.Failure(NoElection);
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
            new AuditEntry(ActorKind.Staff, command.Actor, replaced ? AuditActions.Administration.MailboxChanged : AuditActions.Administration.MailboxAdded,
                Details: $"{election.Id} place={mailbox.Place} country={mailbox.CountryCode ?? "-"}"),
            cancellationToken);
        return Outcome<MailboxAdded>.Ok(new MailboxAdded(mailbox, election.Name, replaced));
    }
}
