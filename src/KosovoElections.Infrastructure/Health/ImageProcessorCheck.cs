using KosovoElections.Application.Documents;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KosovoElections.Infrastructure.Health;

/// <summary>
/// Not ready without the native JPEG library: the instance would start and sign people in, but refuse every captured
/// document, so it should get no traffic until libturbojpeg0 is installed.
/// </summary>
public sealed class ImageProcessorCheck(IImageProcessor images) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(images.IsAvailable
            ? HealthCheckResult.Healthy("libjpeg-turbo loaded.")
            : HealthCheckResult.Unhealthy("libturbojpeg.so.0 could not be loaded (install the libturbojpeg0 package): captured documents cannot be processed."));
}
