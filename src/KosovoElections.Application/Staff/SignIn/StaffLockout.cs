using KosovoElections.Application.Common;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.SignIn;

/// <summary>
/// Five failed passwords or codes lock a staff account for 15 minutes. Each attempt first reserves a place in the
/// count with one conditional UPDATE, so parallel guesses cannot slip past the limit; a right password gives its
/// place back, a passed second factor clears the count.
/// </summary>
internal static class StaffLockout
{
    /// <summary>Counts the attempt; false when the account is locked (or its last free attempt is in flight).</summary>
    public static async Task<bool> ReserveAsync(IElectionsDb db, Guid staffId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await db.Staff.Where(s => s.Id == staffId && s.LockedUntil != null && s.LockedUntil <= nowUtc)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockedUntil, (DateTime?)null).SetProperty(s => s.FailedSignIns, 0), cancellationToken);
        return await db.Staff.Where(s => s.Id == staffId && s.LockedUntil == null && s.FailedSignIns < StaffMember.MaxFailedSignIns)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, s => s.FailedSignIns + 1), cancellationToken) == 1;
    }

    /// <summary>The reserved attempt failed; true when it was the one that locked the account.</summary>
    public static async Task<bool> FailAsync(IElectionsDb db, Guid staffId, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.Staff.Where(s => s.Id == staffId && s.LockedUntil == null && s.FailedSignIns >= StaffMember.MaxFailedSignIns)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockedUntil, nowUtc + StaffMember.LockoutDuration), cancellationToken) == 1;

    public static Task GiveBackAsync(IElectionsDb db, Guid staffId, CancellationToken cancellationToken) =>
        db.Staff.Where(s => s.Id == staffId && s.FailedSignIns > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, s => s.FailedSignIns - 1), cancellationToken);

    public static Task ClearAsync(IElectionsDb db, Guid staffId, CancellationToken cancellationToken) =>
        db.Staff.Where(s => s.Id == staffId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedSignIns, 0).SetProperty(s => s.LockedUntil, (DateTime?)null), cancellationToken);
}
