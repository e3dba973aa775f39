namespace KosovoElections.Web.Hosting;

/// <summary>
/// HSTS (T-DP-03) for a year with subdomains by default, and no Server header. HSTS is sent on HTTPS requests, which
/// include those whose TLS ended at a proxy listed in Network:KnownProxies (X-Forwarded-Proto: https), outside
/// Development; browsers ignore it over plain HTTP.
/// </summary>
internal static class TransportSecurity
{
    public const string MaxAgeDaysSetting = "Hsts:MaxAgeDays";
    public const string IncludeSubDomainsSetting = "Hsts:IncludeSubDomains";

    public static void AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var maxAgeDays = builder.Configuration.GetValue(MaxAgeDaysSetting, 365);
        var includeSubDomains = builder.Configuration.GetValue(IncludeSubDomainsSetting, true);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(maxAgeDays);
            o.IncludeSubDomains = includeSubDomains;
        });
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
    }
}
