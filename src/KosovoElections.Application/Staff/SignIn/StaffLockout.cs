using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.SignIn;

/// <summary>
/// Five failed passwords or codes lock a staff account for 15 minutes. Each attempt first reserves a place in the
/// count with one conditional UPDATE, so parallel guesses cannot slip past the limit; a right password gives its
/// place back, a passed second factor clears the count. The lockout's audits are written here: an attempt refused
/// while locked, and the failure that locked the account.
/// </summary>
internal static class StaffLockout
{
    /// <summary>
    /// Counts the attempt; false when the account is locked (or its last free attempt is in flight), which is audited
    /// as a refused attempt.
    /// </summary>
    public static async Task<bool> ReserveAsync(IElectionsDb db, IAuditLog audit, Guid staffId, DateTime nowUtc, string client, CancellationToken cancellationToken)
    {
        await db.Staff.Where(s => s.Id == staffId && s.LockedUntil != null && s.LockedUntil <= nowUtc)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockedUntil, (DateTime?)null).SetProperty(s => s.FailedSignIns, 0), cancellationToken);
        var counted = await db.Staff.Where(s => s.Id == staffId && s.LockedUntil == null && s.FailedSignIns < StaffMember.MaxFailedSignIns)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, s => s.FailedSignIns + 1), cancellationToken) == 1;
        if (!counted)
        {
            await AuditAsync(audit, staffId, AuditActions.Staff.SignInLocked, $"client={client}", cancellationToken);
        }

        return counted;
    }

    /// <summary>
    /// The reserved attempt failed: records <paramref name="failure"/> and, when this attempt is the one that locked
    /// the account, the lockout after it; true in that case.
    /// </summary>
    public static async Task<bool> FailAsync(IElectionsDb db, IAuditLog audit, Guid staffId, DateTime nowUtc, AuditEntry failure, CancellationToken cancellationToken)
    {
        var lockedNow = await db.Staff.Where(s => s.Id == staffId && s.LockedUntil == null && s.FailedSignIns >= StaffMember.MaxFailedSignIns)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockedUntil, nowUtc + StaffMember.LockoutDuration), cancellationToken) == 1;
        await audit.AppendAsync(failure, cancellationToken);
        if (lockedNow)
        {
            await AuditAsync(audit, staffId, AuditActions.Staff.AccountLocked, $"until={nowUtc + StaffMember.LockoutDuration:O}", cancellationToken);
        }

        return lockedNow;
    }

    public static Task GiveBackAsync(IElectionsDb db, Guid staffId, CancellationToken cancellationToken) =>
        db.Staff.Where(s => s.Id == staffId && s.FailedSignIns > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, s => s.FailedSignIns - 1), cancellationToken);

    public static Task ClearAsync(IElectionsDb db, Guid staffId, CancellationToken cancellationToken) =>
        db.Staff.Where(s => s.Id == staffId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, 0).SetProperty(s => s.LockedUntil, (DateTime?)null), cancellationToken);

    private static Task AuditAsync(IAuditLog audit, Guid staffId, string action, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{staffId}", action, Details: details), cancellationToken);
}
