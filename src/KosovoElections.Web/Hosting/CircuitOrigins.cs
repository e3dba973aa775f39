namespace KosovoElections.Web.Hosting;

/// <summary>
/// Only the site's own pages may open a circuit (T-BZ-04): a WebSocket is not bound by the same-origin policy and
/// carries the applicant's cookies, so a foreign page could otherwise drive a signed-in applicant's circuit.
/// </summary>
internal sealed class CircuitOrigins(IReadOnlyList<Uri> configured)
{
    public const string Setting = "Circuits:AllowedOrigins";

    public static CircuitOrigins From(IConfiguration configuration)
    {
        var origins = configuration.GetSection(Setting).Get<string[]>() ?? [];
        return new CircuitOrigins([.. origins.Select(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new Infrastructure.SetupException($"{Setting} holds \"{o}\", which is not an http or https origin such as https://zgjedhjet.example."))]);
    }

    /// <summary>
    /// The Origin header must name an allowed origin: the configured ones, or else the request's own scheme and host.
    /// Without an Origin only a plain GET passes (browsers leave it out of same-origin GETs such as
    /// <c>_blazor/initializers</c>, but always send it on a POST and a WebSocket upgrade), so negotiate, the upgrade
    /// and every message post need one.
    /// </summary>
    public bool Allows(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return HttpMethods.IsGet(context.Request.Method) && !IsWebSocketUpgrade(context);
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            return false; // "null", or anything that is not scheme://host[:port]
        }

        return configured.Count > 0
            ? configured.Any(allowed => Same(allowed, uri))
            : Uri.TryCreate($"{context.Request.Scheme}://{context.Request.Host}", UriKind.Absolute, out var own) && Same(own, uri);
    }

    /// <summary>
    /// A WebSocket request, over HTTP/1.1 (Upgrade) or HTTP/2 (extended CONNECT). Told from the headers: the WebSocket
    /// feature is only added inside the hub's own pipeline, after this check.
    /// </summary>
    public static bool IsWebSocketUpgrade(HttpContext context) =>
        HttpMethods.IsConnect(context.Request.Method)
        || (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase));

    private static bool Same(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
