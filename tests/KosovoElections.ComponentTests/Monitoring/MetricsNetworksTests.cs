using System.Net;
using KosovoElections.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace KosovoElections.ComponentTests.Monitoring;

/// <summary>Who may read /metrics: Metrics:AllowedNetworks in CIDR form, loopback when unset.</summary>
public sealed class MetricsNetworksTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("::2", false)]
    public void Allows_Unset_OnlyLoopback(string address, bool allowed) =>
        Assert.Equal(allowed, Networks().Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.20.0.1", true)]
    [InlineData("10.20.255.255", true)]
    [InlineData("::ffff:10.20.3.4", true)]
    [InlineData("10.21.0.1", false)]
    [InlineData("fd00:1::9", true)]
    [InlineData("fd00:2::9", false)]
    [InlineData("127.0.0.1", false)]
    public void Allows_Listed_OnlyThoseNetworks(string address, bool allowed) =>
        Assert.Equal(allowed, Networks("10.20.0.0/16", " fd00:1::/32 ").Allows(IPAddress.Parse(address)));

    [Fact]
    public void Allows_NoAddress_IsRefused() => Assert.False(Networks().Allows(null));

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("prometheus.internal")]
    public void From_NotANetwork_IsRefusedAtStart(string listed) =>
        Assert.Contains("Metrics:AllowedNetworks", Assert.ThrowsAny<Exception>(() => Networks(listed)).Message, StringComparison.Ordinal);

    private static MetricsNetworks Networks(params string[] listed) =>
        MetricsNetworks.From(new ConfigurationBuilder()
            .AddInMemoryCollection(listed.Select((n, i) => new KeyValuePair<string, string?>($"{MetricsNetworks.Setting}:{i}", n)))
            .Build());
}
