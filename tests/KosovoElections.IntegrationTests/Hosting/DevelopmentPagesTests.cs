using System.Net;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Hosting;

/// <summary>The camera test bench at /dev/camera exists in Development and nowhere else.</summary>
public sealed class DevelopmentPagesTests
{
    [Theory]
    [InlineData("/dev/camera")]
    [InlineData("/DEV/Camera")]
    [InlineData("/dev/camera/")]
    public async Task DevCamera_InProduction_IsNotFound(string path)
    {
        await using var host = await StartAsync("Production");

        var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("CameraCapture", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DevCamera_InDevelopment_ShowsBothCameras()
    {
        await using var host = await StartAsync("Development");

        var response = await host.Client.GetAsync("/dev/camera");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"dev-camera-selfie\"", page);
        Assert.Contains("data-testid=\"dev-camera-document\"", page);
    }

    private static Task<TestHost> StartAsync(string environment) =>
        TestHost.StartAsync(TestDatabase.Create(DatabaseProvider.Sqlite, nameof(DevelopmentPagesTests)), new TestClock(DateTimeOffset.UtcNow), environment);
}
