using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>An admin's change of an election's deadline from the browser.</summary>
public sealed record ChangeDeadlineCommand(Guid ElectionId, DateTime ClosesAt, string Reason, Guid StaffId);

[ShownToPeople]
public enum DeadlineChange
{
    Changed,
    AwaitingSecondAdmin,
}

/// <summary>
/// Moves a deadline at once through <see cref="SetDeadline"/>, unless the move is into the past or by more than
/// <see cref="ElectionsOptions.DeadlineChangeWithoutSecondAdminDays"/> days: then it is recorded as a request that a
/// second admin confirms (<see cref="ConfirmDeadlineChange"/>).
/// </summary>
public sealed class ChangeDeadline(
    IElectionsDbFactory dbFactory,
    IAuditLog audit,
    TimeProvider clock,
    ElectionsOptions options,
    SetDeadline setDeadline,
    IValidator<SetDeadlineCommand> validator)
{
    public async Task<Outcome<DeadlineChange>> HandleAsync(ChangeDeadlineCommand command, CancellationToken cancellationToken = default)
    {
        var set = new SetDeadlineCommand(command.ClosesAt, command.Reason, command.StaffId.ToString(), command.ElectionId);
        var validation = await validator.ValidateAsync(set, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<DeadlineChange>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.Elections.AsNoTracking().FirstOrDefaultAsync(e => e.Id == command.ElectionId, cancellationToken);
        if (election is null)
        {
            return Outcome<DeadlineChange>.Failure(SetDeadline.NoElection);
        }

        if (election.Kind == ElectionKind.MayoralRunoff)
        {
            return Outcome<DeadlineChange>.Failure(SetDeadline.RunoffHasNone);
        }

        if (!NeedsSecondAdmin(election.ClosesAt, command.ClosesAt, clock.GetUtcNow().UtcDateTime))
        {
            var changed = await setDeadline.HandleAsync(set, cancellationToken);
            return changed.Succeeded ? Outcome<DeadlineChange>.Ok(DeadlineChange.Changed) : new(default, changed.Errors);
        }

        if (command.ClosesAt <= election.OpensAt || command.ClosesAt >= election.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            return Outcome<DeadlineChange>.Failure(SetDeadline.OutsideWindow);
        }

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, set.Actor, AuditActions.Administration.DeadlineChangeRequested,
                Details: DeadlineRequests.Details(election.Id, command.ClosesAt, command.Reason)),
            cancellationToken);
        return Outcome<DeadlineChange>.Ok(DeadlineChange.AwaitingSecondAdmin);
    }

    /// <summary>Whether moving the deadline from <paramref name="current"/> to <paramref name="proposed"/> needs a second admin.</summary>
    public bool NeedsSecondAdmin(DateTime current, DateTime proposed, DateTime now) =>
        proposed < now || Math.Abs((proposed - current).TotalDays) > options.DeadlineChangeWithoutSecondAdminDays;
}
