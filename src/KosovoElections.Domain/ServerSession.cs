using System.Security.Cryptography;

namespace KosovoElections.Domain;

/// <summary>
/// A sign-in held on the server so that sign-out and expiry really end it: the cookie carries only the session's
/// random id. What ends a session (idle and absolute limits) is each kind's own; the bookkeeping is shared.
/// </summary>
public abstract class ServerSession
{
    protected ServerSession(DateTime nowUtc)
    {
        Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        StartedAt = nowUtc;
        LastSeenAt = nowUtc;
    }

    protected ServerSession()
    {
        Id = string.Empty;
    }

    public string Id { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime LastSeenAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public abstract bool IsActiveAt(DateTime nowUtc);

    /// <summary>Records activity; writes are worth saving only about once a minute, which the caller decides by the return value.</summary>
    public bool Touch(DateTime nowUtc)
    {
        if (nowUtc - LastSeenAt < TimeSpan.FromMinutes(1))
        {
            return false;
        }

        LastSeenAt = nowUtc;
        return true;
    }

    public void End(DateTime nowUtc) => EndedAt ??= nowUtc;

    /// <summary>Not ended, used within <paramref name="idle"/> and started within <paramref name="absolute"/>.</summary>
    protected bool IsWithin(DateTime nowUtc, TimeSpan idle, TimeSpan absolute) =>
        EndedAt is null && nowUtc - LastSeenAt < idle && nowUtc - StartedAt < absolute;
}
