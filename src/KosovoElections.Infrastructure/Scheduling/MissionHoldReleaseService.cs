using KosovoElections.Application.Registration.ReturnMethods;
using Microsoft.Extensions.Logging;

namespace KosovoElections.Infrastructure.Scheduling;

/// <summary>Gives back expired mission holds (<see cref="ReleaseExpiredMissionHolds"/>) every minute while the web host runs.</summary>
public sealed class MissionHoldReleaseService(ReleaseExpiredMissionHolds release, TimeProvider clock, ILogger<MissionHoldReleaseService> logger)
    : PeriodicService(TimeSpan.FromMinutes(1), clock, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => release.HandleAsync(cancellationToken);
}
