using KosovoElections.Application.Audit;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;

namespace KosovoElections.Application.Exports;

/// <summary>Why an export was not handed out.</summary>
public enum ExportStatus
{
    Ready,
    NotAllowed,
    NoElection,
    UnknownFilter,
}

/// <summary>A granted export: its file name and how to write it, streamed row by row onto the caller's stream.</summary>
public sealed record ExportFile(string FileName, Func<Stream, CancellationToken, Task> WriteAsync);

public sealed record ExportResult(ExportStatus Status, ExportFile? File = null)
{
    public static readonly ExportResult NotAllowed = new(ExportStatus.NotAllowed);

    public static readonly ExportResult NoElection = new(ExportStatus.NoElection);

    public static readonly ExportResult UnknownFilter = new(ExportStatus.UnknownFilter);
}

internal static class ExportAudit
{
    /// <summary>
    /// Records the download under the staff member's name before the first byte leaves, so no file goes out unaudited;
    /// the details name the export, the election and the filter, never a person.
    /// </summary>
    public static Task DownloadedAsync(this IAuditLog audit, StaffIdentity staff, string export, string details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(ActorKind.Staff, staff.Email, AuditActions.Administration.ExportDownloaded, Details: $"{export}; {details}"), cancellationToken);

    /// <summary>The server's own check, behind the endpoint's policy: a reviewer's request never reaches the data.</summary>
    public static bool MayExport(this StaffIdentity staff) => staff.May(Permission.Export);
}
