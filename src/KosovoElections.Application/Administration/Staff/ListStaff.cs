using KosovoElections.Application.Common;
using KosovoElections.Domain;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Staff;

/// <summary>Where a staff account stands, as the admins' list shows it.</summary>
[ShownToPeople]
public enum StaffAccountState
{
    Active,
    Disabled,

    /// <summary>Invited; no password chosen yet.</summary>
    Invited,

    /// <summary>A password, but no authenticator enrolled yet (new, or after a reset): the next sign-in enrols one.</summary>
    NoSecondFactor,
}

public sealed record StaffRow(Guid Id, string Email, StaffRole Role, StaffAccountState State, DateTime CreatedAt)
{
    public static StaffRow Of(StaffMember member) => new(member.Id, member.Email, member.Role, StateOf(member), member.CreatedAt);

    private static StaffAccountState StateOf(StaffMember member) => member switch
    {
        { IsDisabled: true } => StaffAccountState.Disabled,
        { HasPassword: false } => StaffAccountState.Invited,
        { HasSecondFactor: false } => StaffAccountState.NoSecondFactor,
        _ => StaffAccountState.Active,
    };
}

/// <summary>The staff accounts for the admins' page, by e-mail; a few hundred at most, so one query without paging.</summary>
public sealed class ListStaff(IElectionsDbFactory dbFactory)
{
    public async Task<IReadOnlyList<StaffRow>> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var members = await db.Staff.AsNoTracking().OrderBy(s => s.NormalizedEmail).ToListAsync(cancellationToken);
        return [.. members.Select(StaffRow.Of)];
    }

    public async Task<StaffRow?> FindAsync(Guid staffId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var member = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        return member is null ? null : StaffRow.Of(member);
    }
}
