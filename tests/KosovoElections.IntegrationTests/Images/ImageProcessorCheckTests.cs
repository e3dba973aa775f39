using KosovoElections.Application.Documents;
using KosovoElections.Infrastructure.Health;
using KosovoElections.Infrastructure.Images;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoElections.IntegrationTests.Images;

/// <summary>The "images" readiness check tells an operator whether documents can be processed on this instance.</summary>
public sealed class ImageProcessorCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_LibraryLoaded_IsHealthy()
    {
        var processor = new TurboJpegImageProcessor(NullLogger<TurboJpegImageProcessor>.Instance);

        var result = await new ImageProcessorCheck(processor).CheckHealthAsync(new HealthCheckContext());

        Assert.True(processor.IsAvailable);
        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task CheckHealthAsync_LibraryMissing_IsUnhealthyAndSaysWhatToInstall()
    {
        var result = await new ImageProcessorCheck(new MissingLibrary()).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("libturbojpeg0", result.Description, StringComparison.Ordinal);
    }

    private sealed class MissingLibrary : IImageProcessor
    {
        public bool IsAvailable => false;

        public ImageOutcome Process(ReadOnlySpan<byte> jpeg) => ImageOutcome.Refused(ImageProblem.ProcessorUnavailable);
    }
}
