namespace KosovoElections.Domain.Audit;

/// <summary>Checks that audit rows, in the order they were written, form an unbroken hash chain.</summary>
public static class AuditChain
{
    /// <summary>Returns the first row that breaks the chain, or null when the chain is intact.</summary>
    public static AuditBreak? FindBreak(IEnumerable<AuditEvent> rowsInOrder)
    {
        var expectedPrevious = AuditEvent.GenesisHash;
        foreach (var row in rowsInOrder)
        {
            var rowBreak = FindBreak(expectedPrevious, row);
            if (rowBreak is not null)
            {
                return rowBreak;
            }

            expectedPrevious = row.Hash;
        }

        return null;
    }

    /// <summary>Checks one row against the hash of the row written before it.</summary>
    public static AuditBreak? FindBreak(string expectedPrevious, AuditEvent row)
    {
        if (!string.Equals(row.PreviousHash, expectedPrevious, StringComparison.Ordinal))
        {
            return new AuditBreak(row.Id, "the row does not follow the one before it (a row was removed or inserted)");
        }

        return string.Equals(row.Hash, row.ComputeHash(), StringComparison.Ordinal)
            ? null
            : new AuditBreak(row.Id, "the row's content no longer matches its hash (it was changed)");
    }
}

public sealed record AuditBreak(long EventId, string Problem);
