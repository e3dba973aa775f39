using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Email.Outbox;

/// <summary>Runs the <see cref="OutboxDispatcher"/> every Email:Outbox:PollInterval while the web host runs.</summary>
public sealed partial class OutboxDispatchService(OutboxDispatcher dispatcher, EmailOptions options, TimeProvider clock, ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Outbox.PollInterval, clock);
        try
        {
            do
            {
                try
                {
                    await dispatcher.DispatchDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly unreachable; the next tick tries again and nothing is lost.
                    LogPassFailed(e.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outbox pass failed ({Error}); retrying on the next tick")]
    private partial void LogPassFailed(string error);
}
