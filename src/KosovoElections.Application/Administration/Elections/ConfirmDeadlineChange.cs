using KosovoElections.Application.Common;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>A second admin confirms the pending request <see cref="RequestId"/> (an audit event's id).</summary>
public sealed record ConfirmDeadlineChangeCommand(Guid ElectionId, long RequestId, Guid StaffId);

/// <summary>
/// Applies a pending deadline request (T-AC-07), read again from the audit log so that nothing the page posts but its id
/// is trusted; never by the admin who asked for it, never once the deadline has changed since.
/// </summary>
public sealed class ConfirmDeadlineChange(IElectionsDbFactory dbFactory, SetDeadline setDeadline)
{
    public const string NoLongerPending = "Election_DeadlineRequestNoLongerPending";
    public const string SameAdmin = "Election_DeadlineRequestSameAdmin";

    public async Task<Outcome> HandleAsync(ConfirmDeadlineChangeCommand command, CancellationToken cancellationToken = default)
    {
        DeadlineRequest? pending;
        await using (var db = await dbFactory.OpenAsync(cancellationToken))
        {
            pending = await db.PendingDeadlineRequestAsync(command.ElectionId, cancellationToken);
        }

        if (pending is null || pending.Id != command.RequestId)
        {
            return Outcome.Failure(NoLongerPending);
        }

        if (pending.RequestedBy == command.StaffId.ToString())
        {
            return Outcome.Failure(SameAdmin);
        }

        return await setDeadline.HandleAsync(
            new SetDeadlineCommand(pending.ClosesAt, pending.Reason, command.StaffId.ToString(), command.ElectionId, pending.RequestedBy),
            cancellationToken);
    }

    /// <summary>The request awaiting a second admin for the election, if any.</summary>
    public async Task<DeadlineRequest?> PendingAsync(Guid electionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await db.PendingDeadlineRequestAsync(electionId, cancellationToken);
    }
}
