using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Audit;

public sealed record AuditVerification(long RowsChecked, AuditBreak? Break)
{
    public bool IsIntact => Break is null;
}

/// <summary>Reads the whole audit log in write order and checks its hash chain.</summary>
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
                return new AuditVerification(count, rowBreak);
            }

            expectedPrevious = row.Hash;
        }

        return new AuditVerification(count, null);
    }
}
