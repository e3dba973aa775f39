namespace KosovoElections.Web.Hosting;

/// <summary>
/// Live circuit connections on this instance, per session and per client address (T-SES-06): each holds server
/// memory for as long as it lives, so one applicant's tabs or one address's scripted clients are capped. A connection
/// counts from its WebSocket upgrade until the socket closes.
/// </summary>
internal sealed class CircuitLimits(int perSession, int perAddress)
{
    public const string PerSessionSetting = "Circuits:MaxPerSession";
    public const string PerAddressSetting = "Circuits:MaxPerAddress";

    private readonly Dictionary<string, int> _live = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public static CircuitLimits From(IConfiguration configuration)
    {
        var perSession = configuration.GetValue(PerSessionSetting, 5);
        var perAddress = configuration.GetValue(PerAddressSetting, 30);
        if (perSession < 1 || perAddress < 1)
        {
            throw new Infrastructure.SetupException($"{PerSessionSetting} and {PerAddressSetting} must be at least 1.");
        }

        return new CircuitLimits(perSession, perAddress);
    }

    /// <summary>Live circuit connections on this instance (each counts once, under its address), for the metrics.</summary>
    public int Open
    {
        get
        {
            lock (_lock)
            {
                return _live.Where(p => p.Key.StartsWith("a:", StringComparison.Ordinal)).Sum(p => p.Value);
            }
        }
    }

    /// <summary>Which limit a new connection would pass, without taking a place (negotiate asks this).</summary>
    public CircuitRefusal Check(string? session, string address)
    {
        lock (_lock)
        {
            return RefusalFor(session, address);
        }
    }

    /// <summary>Takes a place under both limits, or none; <see cref="Release"/> gives it back.</summary>
    public CircuitRefusal TryTake(string? session, string address)
    {
        lock (_lock)
        {
            var refusal = RefusalFor(session, address);
            if (refusal == CircuitRefusal.None)
            {
                _live[AddressKey(address)] = Live(AddressKey(address)) + 1;
                if (session is not null)
                {
                    _live[SessionKey(session)] = Live(SessionKey(session)) + 1;
                }
            }

            return refusal;
        }
    }

    public void Release(string? session, string address)
    {
        lock (_lock)
        {
            Decrement(AddressKey(address));
            if (session is not null)
            {
                Decrement(SessionKey(session));
            }
        }
    }

    private static string AddressKey(string address) => "a:" + address;

    private static string SessionKey(string session) => "s:" + session;

    private CircuitRefusal RefusalFor(string? session, string address) =>
        session is not null && Live(SessionKey(session)) >= perSession ? CircuitRefusal.TooManyForSession
        : Live(AddressKey(address)) >= perAddress ? CircuitRefusal.TooManyForAddress
        : CircuitRefusal.None;

    private int Live(string key) => _live.GetValueOrDefault(key);

    private void Decrement(string key)
    {
        if (Live(key) <= 1)
        {
            _live.Remove(key);
        }
        else
        {
            _live[key]--;
        }
    }
}

internal enum CircuitRefusal
{
    None,
    TooManyForSession,
    TooManyForAddress,
}
