using KosovoElections.Infrastructure.Scheduling;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Email.Outbox;

/// <summary>Runs the <see cref="OutboxDispatcher"/> every Email:Outbox:PollInterval while the web host runs.</summary>
public sealed class OutboxDispatchService(OutboxDispatcher dispatcher, EmailOptions options, TimeProvider clock, ILogger<OutboxDispatchService> logger)
    : PeriodicService(options.Outbox.PollInterval, clock, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);
}
