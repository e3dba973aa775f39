using KosovoElections.Application.Common;
using KosovoElections.Domain;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Audit;

/// <summary>How the first broken row breaks the chain.</summary>
[ShownToPeople]
public enum AuditBreakKind
{
    /// <summary>Its content no longer matches its own hash: it was changed.</summary>
    Altered,

    /// <summary>It does not carry the hash of the row before it: a row was removed or inserted.</summary>
    Unlinked,
}

/// <summary>The chain's check: how many rows were read and, when broken, the first broken row, how and what it says it is.</summary>
public sealed record AuditVerification(long RowsChecked, AuditBreak? Break)
{
    public bool IsIntact => Break is null;

    public AuditBreakKind? BreakKind { get; init; }

    /// <summary>When the broken row says it was written, and its action, as the row holds them now.</summary>
    public DateTime? BrokenAt { get; init; }

    public string? BrokenAction { get; init; }
}

/// <summary>Reads the whole audit log in write order and checks its hash chain: `audit verify` and the audit page's button.</summary>
public sealed class VerifyAuditChain(IElectionsDbFactory dbFactory)
{
    public async Task<AuditVerification> HandleAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var rows = db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable();
        long count = 0;
        var expectedPrevious = AuditEvent.GenesisHash;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            count++;
            var rowBreak = AuditChain.FindBreak(expectedPrevious, row);
            if (rowBreak is not null)
            {
                return new AuditVerification(count, rowBreak)
                {
                    BreakKind = string.Equals(row.PreviousHash, expectedPrevious, StringComparison.Ordinal) ? AuditBreakKind.Altered : AuditBreakKind.Unlinked,
                    BrokenAt = row.OccurredAt,
                    BrokenAction = row.Action,
                };
            }

            expectedPrevious = row.Hash;
        }

        return new AuditVerification(count, null);
    }
}
