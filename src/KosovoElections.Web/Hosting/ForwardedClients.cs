using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the client's address comes from X-Forwarded-For, trusted only from the proxies named in
/// Network:KnownProxies; the sign-in throttle's per-address budget depends on it.
/// </summary>
internal static class ForwardedClients
{
    public const string Setting = "Network:KnownProxies";

    /// <summary>Where the request came from (the forwarded client behind a trusted proxy), for throttles and the audit log.</summary>
    public static string Client(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static void UseForwardedClients(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection(Setting).Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        app.UseForwardedHeaders(options);
    }
}
