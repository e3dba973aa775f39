using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>Moves the registration deadline of an election (by default the current or next one); a reason is required and audited.</summary>
public sealed record SetDeadlineCommand(DateTime ClosesAt, string Reason, string Actor, Guid? ElectionId = null);

public sealed class SetDeadlineValidator : AbstractValidator<SetDeadlineCommand>
{
    public SetDeadlineValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Changing a deadline needs a reason.").MaximumLength(500);
        RuleFor(c => c.ClosesAt.Kind).Equal(DateTimeKind.Utc).WithMessage("The deadline must be an instant in UTC.");
    }
}

public sealed class SetDeadline(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<SetDeadlineCommand> validator)
{

    public async Task<Outcome> HandleAsync(SetDeadlineCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.From(validation);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = command.ElectionId is { } id
            ? await db.Elections.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            : await db.Elections.Where(e => e.ClosesAt > now).OrderBy(e => e.OpensAt).FirstOrDefaultAsync(cancellationToken);
        if (election is null)
        {
            return Outcome.Failure("There is no open or upcoming election whose deadline could be changed.");
        }

        if (command.ClosesAt <= election.OpensAt || command.ClosesAt >= election.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            return Outcome.Failure("The deadline must fall after registration opens and before election day.");
        }

        var others = await db.Elections.Where(e => e.Id != election.Id && e.OpensAt < command.ClosesAt && election.OpensAt < e.ClosesAt).AnyAsync(cancellationToken);
        if (others)
        {
            return Outcome.Failure("The new deadline would overlap another election's registration window.");
        }

        var previous = election.ClosesAt;
        election.ChangeDeadline(command.ClosesAt);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, "election.deadline-changed", Details: $"{election.Id} from={previous:O} to={election.ClosesAt:O} reason={command.Reason.Trim()}"),
            cancellationToken);
        return Outcome.Success;
    }
}
