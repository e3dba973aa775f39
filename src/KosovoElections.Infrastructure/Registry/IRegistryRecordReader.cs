using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// The reading seam of an import: CSV records one at a time as fields, each with the physical line it starts on, so
/// that a different CSV parser can be measured against <see cref="RegistryCsvReader"/> under the same rules.
/// </summary>
internal interface IRegistryRecordReader : IDisposable
{
    /// <summary>The line of the file the current record starts on (the header is line 1).</summary>
    long Line { get; }

    /// <summary>Why the current record cannot be read as fields, or null.</summary>
    RegistryRowProblem? Problem { get; }

    RegistryFields Fields { get; }

    /// <summary>Reads and checks the header; returns a problem to report, or null.</summary>
    Task<RegistryRowProblem?> ReadHeaderAsync(CancellationToken cancellationToken);

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    ValueTask<bool> ReadAsync(CancellationToken cancellationToken);
}
