namespace KosovoElections.Domain.Registry;

/// <summary>Where an uploaded registry import stands; <see cref="Running"/> holds the one place imports take turns for.</summary>
[ShownToPeople]
public enum RegistryImportState
{
    Running,
    Finished,

    /// <summary>It stopped before the end (an error, or its server went away): the registry is as it was before.</summary>
    Stopped,
}

/// <summary>
/// A civil registry file an admin uploaded and its import: who, which file, how far it has read, and at the end the
/// counts and the rejected lines. While it runs it holds <see cref="RunningSlot"/>, which a unique index lets one
/// import hold at a time on every server that shares the database.
/// </summary>
public sealed class RegistryImport
{
    public const int MaxFileNameLength = 200;

    /// <summary>The value of <see cref="RunningSlot"/> while an import runs; there is one such place.</summary>
    public const int TheSlot = 1;

    private readonly List<RegistryImportRejection> _rejections = [];

    public RegistryImport(string startedBy, string fileName, long fileBytes, DateTime startedAt)
    {
        Id = Guid.NewGuid();
        StartedBy = startedBy;
        FileName = fileName.Length <= MaxFileNameLength ? fileName : fileName[..MaxFileNameLength];
        FileBytes = fileBytes;
        StartedAt = startedAt;
        ProgressAt = startedAt;
        State = RegistryImportState.Running;
        RunningSlot = TheSlot;
    }

    private RegistryImport()
    {
        StartedBy = string.Empty;
        FileName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The staff member's e-mail.</summary>
    public string StartedBy { get; private set; }

    /// <summary>The name the admin's browser gave the file, shown back to people only; the stored copy has a random name.</summary>
    public string FileName { get; private set; }

    public long FileBytes { get; private set; }

    public DateTime StartedAt { get; private set; }

    /// <summary>When the import last said how far it was; an import silent for long has lost its server.</summary>
    public DateTime ProgressAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public RegistryImportState State { get; private set; }

    /// <summary><see cref="TheSlot"/> while running, else null (a unique index admits any number of nulls).</summary>
    public int? RunningSlot { get; private set; }

    /// <summary>The lines of the file after the header, counted before the import starts; null until then.</summary>
    public long? TotalRows { get; private set; }

    public long RowsRead { get; private set; }

    public long RowsImported { get; private set; }

    public long RejectedCount { get; private set; }

    /// <summary>The first rejected lines (at most a thousand); <see cref="RejectedCount"/> counts them all.</summary>
    public IReadOnlyList<RegistryImportRejection> Rejections => _rejections;

    public void Counted(long totalRows, DateTime at)
    {
        TotalRows = totalRows;
        ProgressAt = at;
    }

    public void Progressed(long rowsRead, DateTime at)
    {
        RowsRead = rowsRead;
        ProgressAt = at;
    }

    public void Finish(long rowsRead, long rowsImported, long rejectedCount, IEnumerable<RegistryImportRejection> rejections, DateTime at)
    {
        EnsureRunning();
        RowsRead = rowsRead;
        TotalRows = rowsRead;
        RowsImported = rowsImported;
        RejectedCount = rejectedCount;
        _rejections.AddRange(rejections);
        End(RegistryImportState.Finished, at);
    }

    public void Stop(DateTime at)
    {
        EnsureRunning();
        End(RegistryImportState.Stopped, at);
    }

    /// <summary>Whether a running import has said nothing for <paramref name="silence"/>: its server stopped or lost the database.</summary>
    public bool IsAbandoned(DateTime now, TimeSpan silence) => State == RegistryImportState.Running && now - ProgressAt > silence;

    private void End(RegistryImportState state, DateTime at)
    {
        State = state;
        RunningSlot = null;
        FinishedAt = at;
        ProgressAt = at;
    }

    private void EnsureRunning()
    {
        if (State != RegistryImportState.Running)
        {
            throw new DomainException("The registry import has already ended.");
        }
    }
}

/// <summary>A line of an uploaded file that was not imported, and why.</summary>
public sealed record RegistryImportRejection(long Line, RegistryRowProblem Problem, string? Detail);
