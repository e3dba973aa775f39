using KosovoElections.Application.Administration.Retention;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Scheduling;

/// <summary>Deletes the identity images the retention rule no longer allows (<see cref="PurgeIdentityImages"/>) at start and then daily.</summary>
public sealed class RetentionPurgeService(PurgeIdentityImages purge, TimeProvider clock, ILogger<RetentionPurgeService> logger)
    : PeriodicService(TimeSpan.FromDays(1), clock, logger)
{
    /// <summary>The audit log's actor for the job's runs.</summary>
    public const string Job = "retention-job";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) =>
        purge.HandleAsync(PurgeIdentityImagesCommand.BySystem(Job), cancellationToken);
}
