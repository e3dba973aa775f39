using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Staff;

public enum StaffAccountChange
{
    ChangeRole,
    Disable,
    Enable,
    ResetSecondFactor,
}

/// <param name="Role">The new role, for <see cref="StaffAccountChange.ChangeRole"/> only.</param>
public sealed record ChangeStaffAccountCommand(StaffIdentity Admin, Guid StaffId, StaffAccountChange Change, StaffRole? Role = null);

[ShownToPeople]
public enum StaffAccountChanged
{
    RoleChanged,
    Disabled,
    Enabled,
    SecondFactorReset,

    /// <summary>The account already was as asked.</summary>
    Unchanged,
    NotFound,

    /// <summary>An admin may not disable or demote themselves: the office could be left with nobody to undo it.</summary>
    Self,

    /// <summary>The change would leave no enabled admin.</summary>
    LastAdmin,
    NotPermitted,
}

/// <summary>
/// An admin changes a colleague's account: role, disable, enable, reset the second factor. Disabling and a reset end the
/// member's sessions at once, so their next request is refused; a role change reaches their next request and open
/// pages within a minute through the session checks. The count of enabled admins and the change are one transaction that
/// first locks the admins' rows, so two admins demoting each other at the same moment cannot leave the office without one.
/// </summary>
public sealed class ChangeStaffAccount(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    public async Task<StaffAccountChanged> HandleAsync(ChangeStaffAccountCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Admin.May(Permission.ManageStaff) || command.Change == StaffAccountChange.ChangeRole && command.Role is null || !Enum.IsDefined(command.Change))
        {
            return StaffAccountChanged.NotPermitted;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Writing the enabled admins' rows first (a no-op change) makes concurrent changes to admins wait for each other,
        // on PostgreSQL by the row locks, on SQLite by its single writer, so each counts what the other left.
        await db.Staff.Where(s => s.Role == StaffRole.Admin && !s.IsDisabled).ExecuteUpdateAsync(u => u.SetProperty(s => s.Role, s => s.Role), cancellationToken);
        var member = await db.Staff.FirstOrDefaultAsync(s => s.Id == command.StaffId, cancellationToken);
        if (member is null)
        {
            return StaffAccountChanged.NotFound;
        }

        var before = member.Role;
        var refusal = await RefusalAsync(db, command, member, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Value;
        }

        var result = Apply(command, member);
        if (result == StaffAccountChanged.Unchanged)
        {
            return result;
        }

        if (result is StaffAccountChanged.Disabled or StaffAccountChanged.SecondFactorReset)
        {
            await db.StaffSessions.Where(s => s.StaffId == member.Id && s.EndedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), cancellationToken);
        }

        if (result == StaffAccountChanged.SecondFactorReset)
        {
            await db.StaffRecoveryCodes.Where(c => c.StaffId == member.Id).ExecuteDeleteAsync(cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var details = $"{member.Id} email={member.Email}" + (result == StaffAccountChanged.RoleChanged ? $" from={before} to={member.Role}" : string.Empty);
        await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{command.Admin.StaffId}", ActionOf(result), Details: details), cancellationToken);
        return result;
    }

    private static async Task<StaffAccountChanged?> RefusalAsync(IElectionsDb db, ChangeStaffAccountCommand command, StaffMember member, CancellationToken cancellationToken)
    {
        var takesAdminAway = member is { Role: StaffRole.Admin, IsDisabled: false }
            && (command.Change == StaffAccountChange.Disable || command.Change == StaffAccountChange.ChangeRole && command.Role != StaffRole.Admin);
        if (!takesAdminAway)
        {
            return null;
        }

        if (member.Id == command.Admin.StaffId)
        {
            return StaffAccountChanged.Self;
        }

        var otherAdmins = await db.Staff.CountAsync(s => s.Role == StaffRole.Admin && !s.IsDisabled && s.Id != member.Id, cancellationToken);
        return otherAdmins == 0 ? StaffAccountChanged.LastAdmin : null;
    }

    private static StaffAccountChanged Apply(ChangeStaffAccountCommand command, StaffMember member)
    {
        switch (command.Change)
        {
            case StaffAccountChange.ChangeRole when member.Role != command.Role:
                member.ChangeRole(command.Role!.Value);
                return StaffAccountChanged.RoleChanged;
            case StaffAccountChange.Disable when !member.IsDisabled:
                member.Disable();
                return StaffAccountChanged.Disabled;
            case StaffAccountChange.Enable when member.IsDisabled:
                member.Enable();
                return StaffAccountChanged.Enabled;
            case StaffAccountChange.ResetSecondFactor when member.TotpSecret is not null:
                member.ResetSecondFactor();
                return StaffAccountChanged.SecondFactorReset;
            default:
                return StaffAccountChanged.Unchanged;
        }
    }

    private static string ActionOf(StaffAccountChanged result) => result switch
    {
        StaffAccountChanged.RoleChanged => AuditActions.Administration.StaffRoleChanged,
        StaffAccountChanged.Disabled => AuditActions.Administration.StaffDisabled,
        StaffAccountChanged.Enabled => AuditActions.Administration.StaffEnabled,
        _ => AuditActions.Administration.StaffSecondFactorRemoved,
    };
}
