using KosovoElections.Domain.Audit;

namespace KosovoElections.UnitTests.Domain;

public sealed class AuditChainTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FindBreak_IntactChain_ReturnsNull() => Assert.Null(AuditChain.FindBreak(Chain(5)));

    [Fact]
    public void FindBreak_ChangedDetails_PointsAtTheChangedRow()
    {
        var rows = Chain(5);
        typeof(AuditEvent).GetProperty(nameof(AuditEvent.Details))!.SetValue(rows[2], "approved by someone else");
        var broken = AuditChain.FindBreak(rows);
        Assert.NotNull(broken);
        Assert.Contains("changed", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindBreak_RemovedRow_IsDetected()
    {
        var rows = Chain(5);
        rows.RemoveAt(2);
        Assert.Contains("removed or inserted", AuditChain.FindBreak(rows)!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FindBreak_ReorderedRows_AreDetected()
    {
        var rows = Chain(4);
        (rows[1], rows[2]) = (rows[2], rows[1]);
        Assert.NotNull(AuditChain.FindBreak(rows));
    }

    [Fact]
    public void Hash_DependsOnEveryField()
    {
        var a = AuditEvent.Append(AuditEvent.GenesisHash, Now, ActorKind.Staff, "s1", "application.approved", null, "x");
        var b = AuditEvent.Append(AuditEvent.GenesisHash, Now, ActorKind.Staff, "s1", "application.rejected", null, "x");
        var c = AuditEvent.Append(AuditEvent.GenesisHash, Now.AddTicks(1), ActorKind.Staff, "s1", "application.approved", null, "x");
        Assert.Equal(64, a.Hash.Length);
        Assert.NotEqual(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
    }

    private static List<AuditEvent> Chain(int count)
    {
        var rows = new List<AuditEvent>();
        var previous = AuditEvent.GenesisHash;
        for (var i = 0; i < count; i++)
        {
            var row = AuditEvent.Append(previous, Now.AddMinutes(i), ActorKind.System, "test", "event." + i, Guid.NewGuid(), "details " + i);
            rows.Add(row);
            previous = row.Hash;
        }

        return rows;
    }
}
