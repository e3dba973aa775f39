using Microsoft.AspNetCore.Authentication.Cookies;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The cookie of a server-side session, applicant's or staff's: HTTP-only, Secure and __Host- outside Development,
/// holding only the session's id, with no sliding expiry (the server decides idle and absolute limits).
/// </summary>
internal static class SessionCookies
{
    public static void Configure(CookieAuthenticationOptions options, string name, SameSiteMode sameSite, TimeSpan lifetime, string signInPath, bool development)
    {
        options.Cookie.Name = development ? name : "__Host-" + name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = sameSite;
        options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = false;
        options.LoginPath = signInPath;
        options.ReturnUrlParameter = "returnUrl";
    }
}
