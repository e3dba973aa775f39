using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>
/// Moves the registration deadline of an election (by default the current or next one); a reason is required and audited.
/// <see cref="RequestedBy"/> names the admin whose request a second admin confirms (T-AC-07), or is null.
/// </summary>
public sealed record SetDeadlineCommand(DateTime ClosesAt, string Reason, string Actor, Guid? ElectionId = null, string? RequestedBy = null);

/// <summary>Messages are text keys (<see cref="TextMessage"/>); a message with values in it gets them from the failure's state.</summary>
public sealed class SetDeadlineValidator : AbstractValidator<SetDeadlineCommand>
{
    public const int ReasonMaxLength = 500;
    public const string ReasonRequired = "Election_DeadlineReasonRequired";
    public const string ReasonTooLong = "Election_DeadlineReasonTooLong";
    public const string NotUtc = "Election_DeadlineNotUtc";

    public SetDeadlineValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage(ReasonRequired)
            .MaximumLength(ReasonMaxLength).WithMessage(ReasonTooLong).WithState(_ => ReasonMaxLength);
        RuleFor(c => c.ClosesAt.Kind).Equal(DateTimeKind.Utc).WithMessage(NotUtc);
    }
}

public sealed class SetDeadline(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<SetDeadlineCommand> validator)
{
    public const string NoElection = "Election_DeadlineNoElection";
    public const string OutsideWindow = "Election_DeadlineOutsideWindow";
    public const string Overlaps = "Election_DeadlineOverlaps";
    public const string RunoffHasNone = "Election_DeadlineRunoff";

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
            return Outcome.Failure(NoElection);
        }

        if (election.Kind == ElectionKind.MayoralRunoff)
        {
            // Its voters are carried over from the first round (decision 0017): a deadline would open it to applications.
            return Outcome.Failure(RunoffHasNone);
        }

        if (command.ClosesAt <= election.OpensAt || command.ClosesAt >= election.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            return Outcome.Failure(OutsideWindow);
        }

        var others = await db.Elections.Where(e => e.Id != election.Id && e.OpensAt < command.ClosesAt && election.OpensAt < e.ClosesAt).AnyAsync(cancellationToken);
        if (others)
        {
            return Outcome.Failure(Overlaps);
        }

        var previous = election.ClosesAt;
        election.ChangeDeadline(command.ClosesAt);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.DeadlineChanged, Details: $"{election.Id} from={previous:O} to={election.ClosesAt:O} reason={command.Reason.Trim()}{(command.RequestedBy is { } by ? $" requested-by={by}" : string.Empty)}"),
            cancellationToken);
        return Outcome.Success;
    }
}
