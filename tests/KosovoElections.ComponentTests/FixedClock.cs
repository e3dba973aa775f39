namespace KosovoElections.ComponentTests;

/// <summary>A clock stopped at one instant; components read time only through <see cref="TimeProvider"/>.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
