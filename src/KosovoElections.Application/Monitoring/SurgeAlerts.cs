using Microsoft.Extensions.Logging;

namespace KosovoElections.Application.Monitoring;

/// <summary>What a surge warning counts.</summary>
public enum SurgeKind
{
    SignInFailures,
    EmailCodeFailures,
    CaptureRefusals,
}

/// <summary>
/// One warning line when failures of a kind in the rolling window reach their threshold (<see cref="AlertOptions"/>),
/// so that an attack shows at warning level and not only in the metrics. The line holds counts only, never who or
/// from where: the events themselves are in the audit log.
/// </summary>
public sealed partial class SurgeAlerts(AlertOptions options, TimeProvider clock, ILogger<SurgeAlerts> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SurgeKind, SurgeWindow> _windows = new()
    {
        [SurgeKind.SignInFailures] = new(options.Window, options.SignInFailures),
        [SurgeKind.EmailCodeFailures] = new(options.Window, options.EmailCodeFailures),
        [SurgeKind.CaptureRefusals] = new(options.Window, options.CaptureRefusals),
    };

    public void Record(SurgeKind kind)
    {
        int? count;
        lock (_lock)
        {
            count = _windows[kind].Record(clock.GetUtcNow());
        }

        if (count is { } reached)
        {
            Surge(kind, reached, (int)options.Window.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Surge of {Kind}: {Count} in the last {WindowSeconds} s, at or above the alert threshold")]
    private partial void Surge(SurgeKind kind, int count, int windowSeconds);
}
