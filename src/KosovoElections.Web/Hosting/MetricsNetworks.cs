using System.Net;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The networks whose scrapers may read <c>/metrics</c> (<see cref="Setting"/>, CIDR; loopback when unset). Checked
/// against the client address the app already trusts (<see cref="ForwardedClients"/>), so a forged X-Forwarded-For
/// from an address that is not a listed proxy reaches nothing.
/// </summary>
internal sealed class MetricsNetworks(IReadOnlyList<IPNetwork> networks)
{
    public const string Setting = "Metrics:AllowedNetworks";

    public static readonly IReadOnlyList<IPNetwork> Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    public static MetricsNetworks From(IConfiguration configuration)
    {
        var listed = configuration.GetSection(Setting).Get<string[]>() ?? [];
        return new MetricsNetworks(listed.Length == 0 ? Loopback : [.. listed.Select(Parse)]);
    }

    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        // Kestrel on a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
        var client = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(client));
    }

    private static IPNetwork Parse(string cidr) =>
        IPNetwork.TryParse(cidr.Trim(), out var network)
            ? network
            : throw new Infrastructure.SetupException($"{Setting} holds \"{cidr}\", which is not a network in CIDR form such as 10.0.0.0/8 or 127.0.0.1/32.");
}
