using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registry.Upload;

/// <summary>What the registry page shows: the import running now, or else the last one with its report.</summary>
/// <param name="Allowed">False when the staff member may not manage the registry; nothing is read then.</param>
/// <param name="RowsRead">How far the import has read: the live figure when this server runs it, else the last one written.</param>
public sealed record LatestRegistryImport(bool Allowed, RegistryImport? Import, long RowsRead = 0);

public sealed class GetLatestRegistryImport(IElectionsDbFactory dbFactory, RegistryImportsRunningHere runningHere)
{
    public async Task<LatestRegistryImport> HandleAsync(StaffIdentity staff, CancellationToken cancellationToken = default)
    {
        if (!staff.May(Permission.ManageRegistry))
        {
            return new LatestRegistryImport(false, null);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var import = await db.RegistryImports.AsNoTracking().SingleOrDefaultAsync(i => i.RunningSlot == RegistryImport.TheSlot, cancellationToken)
            ?? await db.RegistryImports.AsNoTracking().OrderByDescending(i => i.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var live = import is null ? null : runningHere.Progress(import.Id);
        return new LatestRegistryImport(true, import, live?.RowsRead ?? import?.RowsRead ?? 0);
    }
}
