using KosovoElections.Application.Common;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Staff.SignIn;

/// <summary>The ten one-time codes that stand in for a lost authenticator; kept only as hashes, each usable once.</summary>
internal static class RecoveryCodes
{
    /// <summary>Deletes any earlier codes and adds ten new ones (saved with the caller's changes); returns them in clear, to show once.</summary>
    public static async Task<IReadOnlyList<string>> ReplaceAsync(IElectionsDb db, Guid staffId, CancellationToken cancellationToken)
    {
        await db.StaffRecoveryCodes.Where(c => c.StaffId == staffId).ExecuteDeleteAsync(cancellationToken);
        var codes = Enumerable.Range(0, StaffRecoveryCode.CodesPerStaffMember).Select(_ => StaffRecoveryCode.NewCode()).ToList();
        db.StaffRecoveryCodes.AddRange(codes.Select(c => new StaffRecoveryCode(staffId, c)));
        return codes;
    }

    /// <summary>Uses up the typed code if it is one of the member's unused codes; one conditional UPDATE, so it works once.</summary>
    public static async Task<bool> UseAsync(IElectionsDb db, Guid staffId, string typed, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var hash = StaffRecoveryCode.HashOf(typed);
        return await db.StaffRecoveryCodes.Where(c => c.StaffId == staffId && c.CodeHash == hash && c.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedAt, nowUtc), cancellationToken) == 1;
    }
}
