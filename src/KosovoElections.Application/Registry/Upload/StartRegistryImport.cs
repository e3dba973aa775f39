using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registry.Upload;

/// <param name="StoredPath">The server's own copy of the upload, which the import deletes when it ends.</param>
public sealed record StartRegistryImportCommand(StaffIdentity Staff, string FileName, long FileBytes, string StoredPath);

/// <summary>Why an upload was not imported; the page shows the text, the upload form's field is the file.</summary>
[ShownToPeople]
public enum RegistryUploadProblem
{
    NoFile,
    NotCsv,
    TooLarge,
    AlreadyRunning,
}

public enum RegistryImportStart
{
    Started,
    AlreadyRunning,
    NotAllowed,
}

/// <summary>
/// Takes the one running place for an uploaded registry file (decision 0013) and hands the file to the import job;
/// while another import holds the place the upload is refused. An import that no server here runs and that has been
/// silent for <see cref="Abandoned"/> lost its server: it is marked stopped and the place is free again.
/// </summary>
public sealed class StartRegistryImport(IElectionsDbFactory dbFactory, RegistryImportQueue queue, RegistryImportsRunningHere runningHere, IAuditLog audit, TimeProvider clock)
{
    /// <summary>A running import reports at least every second; this much silence means its server is gone.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public async Task<RegistryImportStart> HandleAsync(StartRegistryImportCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Staff.May(Permission.ManageRegistry))
        {
            return RegistryImportStart.NotAllowed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        if (await db.RegistryImports.SingleOrDefaultAsync(i => i.RunningSlot == RegistryImport.TheSlot, cancellationToken) is { } running)
        {
            if (runningHere.Progress(running.Id) is not null || !running.IsAbandoned(now, Abandoned))
            {
                return RegistryImportStart.AlreadyRunning;
            }

            running.Stop(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        var import = new RegistryImport(command.Staff.Email, Path.GetFileName(command.FileName), command.FileBytes, now);
        db.RegistryImports.Add(import);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another upload took the place between the check and the insert, here or on another server.
            if (await AnotherRunsAsync(cancellationToken))
            {
                return RegistryImportStart.AlreadyRunning;
            }

            throw;
        }

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Staff.Email, AuditActions.Administration.RegistryUploaded, Details: $"import={import.Id} file={import.FileName} bytes={import.FileBytes}"),
            cancellationToken);
        queue.Enqueue(new QueuedRegistryImport(import.Id, command.StoredPath, command.Staff.Email));
        return RegistryImportStart.Started;
    }

    private async Task<bool> AnotherRunsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        return await db.RegistryImports.AnyAsync(i => i.RunningSlot == RegistryImport.TheSlot, cancellationToken);
    }
}
