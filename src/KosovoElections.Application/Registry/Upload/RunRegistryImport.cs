using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Application.Registry.Upload;

/// <summary>
/// Imports an uploaded file through the same <see cref="IRegistryImporter"/> as `registry import`, writing how far it
/// has read into the import's row every second (so any server's page, after a reload too, shows it), then the counts
/// and the rejected lines; audited in the uploader's name. The stored file is deleted whatever happens.
/// </summary>
public sealed partial class RunRegistryImport(
    IElectionsDbFactory dbFactory, IRegistryImporter importer, RegistryImportsRunningHere runningHere, IAuditLog audit, TimeProvider clock, ILogger<RunRegistryImport> logger)
{
    /// <summary>How often the rows read are written; real time, since the app's clock may stand still (in tests).</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    public async Task HandleAsync(QueuedRegistryImport queued, CancellationToken cancellationToken)
    {
        try
        {
            var total = await CountRowsAsync(queued.StoredPath, cancellationToken);
            await ChangeAsync(queued.ImportId, i => i.Counted(total, Now()), cancellationToken);

            var progress = runningHere.Begin(queued.ImportId);
            RegistryImportReport report;
            await using (var file = new FileStream(queued.StoredPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                var importing = importer.ImportAsync(file, progress, cancellationToken);
                await WriteProgressAsync(queued.ImportId, progress, importing, cancellationToken);
                report = await importing;
            }

            var rejections = report.Rejected.Select(r => new RegistryImportRejection(r.Line, r.Problem, r.Detail));
            await ChangeAsync(queued.ImportId, i => i.Finish(report.RowsRead, report.RowsImported, report.RejectedCount, rejections, Now()), cancellationToken);
            await audit.AppendAsync(
                new AuditEntry(ActorKind.Staff, queued.StartedBy, AuditActions.Administration.RegistryUploadImported, Details: $"import={queued.ImportId} read={report.RowsRead} imported={report.RowsImported} rejected={report.RejectedCount}"),
                cancellationToken);
        }
        catch (Exception e)
        {
            // The sinks commit all rows or none, so a stopped import changed nothing in the registry.
            Failed(logger, queued.ImportId, e);
            try
            {
                await ChangeAsync(queued.ImportId, i => i.Stop(Now()), CancellationToken.None);
            }
            catch (Exception unrecorded)
            {
                // The database is gone too: the import stays "running" until the next upload finds it silent (decision 0013),
                // and the job goes on serving the next upload instead of stopping the host.
                Failed(logger, queued.ImportId, unrecorded);
            }
        }
        finally
        {
            runningHere.End(queued.ImportId);
            File.Delete(queued.StoredPath);
        }
    }

    /// <summary>
    /// Writes the rows read every second until the import ends, for the other servers' pages. A write that fails or
    /// waits (SQLite lets the import hold its one write lock to the end) costs only the figure; this server's page reads
    /// <see cref="RegistryImportsRunningHere"/>.
    /// </summary>
    private async Task WriteProgressAsync(Guid importId, RegistryImportProgress progress, Task importing, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ProgressEvery, TimeProvider.System);
        while (!importing.IsCompleted)
        {
            await Task.WhenAny(importing, timer.WaitForNextTickAsync(cancellationToken).AsTask());
            if (importing.IsCompleted)
            {
                return;
            }

            try
            {
                await ChangeAsync(importId, i => i.Progressed(progress.RowsRead, Now()), cancellationToken);
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
            {
                ProgressNotWritten(logger, importId, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Registry import {ImportId}: progress not written ({Reason})")]
    private static partial void ProgressNotWritten(ILogger logger, Guid importId, string reason);

    /// <summary>The lines after the header, for the progress bar's end; blank lines count too, and the end corrects it.</summary>
    private static async Task<long> CountRowsAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long lines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return Math.Max(0, lines + (last == '\n' ? 0 : 1) - 1);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Registry import {ImportId} stopped")]
    private static partial void Failed(ILogger logger, Guid importId, Exception exception);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private async Task ChangeAsync(Guid id, Action<RegistryImport> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var import = await db.RegistryImports.SingleAsync(i => i.Id == id, cancellationToken);
        if (import.State == RegistryImportState.Running)
        {
            change(import);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
