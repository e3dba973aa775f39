using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Scheduling;

/// <summary>
/// Runs one pass of a background job at start and then every <paramref name="interval"/> while the web host runs. A
/// failing pass (the database briefly unreachable, say) is logged and the next tick tries again.
/// </summary>
public abstract partial class PeriodicService(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPassFailed(logger, GetType().Name, e.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A pass of {Job} failed ({Error}); retrying on the next tick")]
    private static partial void LogPassFailed(ILogger logger, string job, string error);
}
