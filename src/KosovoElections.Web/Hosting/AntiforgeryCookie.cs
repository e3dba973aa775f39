namespace KosovoElections.Web.Hosting;

/// <summary>
/// The antiforgery cookie gets the session cookies' protections (T-SES-04): __Host- and Secure outside Development,
/// so a page on a sibling domain cannot plant an attacker's cookie and token pair for a login CSRF; HTTP-only and
/// SameSite=Strict, since only the site's own forms post it.
/// </summary>
internal static class AntiforgeryCookie
{
    public const string Name = "ke-antiforgery";

    public static void AddAntiforgeryCookie(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAntiforgery(o => o.Cookie = new SecureCookieBuilder(development)
        {
            Name = development ? Name : "__Host-" + Name,
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/",
        });
    }

    /// <summary>
    /// Secure like the session cookies (<see cref="SessionCookies"/>), whose policy is Always outside Development.
    /// Antiforgery itself refuses SecurePolicy=Always on a plain-HTTP request (and so on a TLS proxy that is not in
    /// Network:KnownProxies), so the policy stays SameAsRequest and the flag is set here instead.
    /// </summary>
    private sealed class SecureCookieBuilder(bool development) : CookieBuilder
    {
        public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
        {
            var options = base.Build(context, expiresFrom);
            options.Secure = options.Secure || !development;
            return options;
        }
    }
}
