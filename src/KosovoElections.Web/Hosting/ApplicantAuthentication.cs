using System.Security.Claims;
using KosovoElections.Application.Registration.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The applicant's cookie: HTTP-only, SameSite=Lax, Secure and __Host- outside Development. It carries only the id of
/// a server-side session, which is checked on every request, so sign-out and the 30-minute idle / 12-hour absolute
/// limits hold even for a copied cookie.
/// </summary>
internal static class ApplicantAuthentication
{
    public const string Scheme = "Applicant";
    public const string SessionClaim = "ke:session";
    public const string SignInPath = "/apply/sign-in";

    /// <summary>The authorization policy of every applicant page: a session cookie of this scheme.</summary>
    public const string Policy = "Applicant";

    public static void AddApplicantAuthentication(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            SessionCookies.Configure(o, "ke-applicant", SameSiteMode.Lax, Domain.Applicants.ApplicantSession.AbsoluteTimeout, SignInPath, development);
            o.AccessDeniedPath = SignInPath;
            o.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p.AddAuthenticationSchemes(Scheme).RequireClaim(SessionClaim)));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        builder.Services.AddScoped<CurrentApplicant>();
    }

    public static ClaimsPrincipal Principal(string sessionId) =>
        new(new ClaimsIdentity([new Claim(SessionClaim, sessionId)], Scheme));

    /// <summary>The active session behind the current user, or null.</summary>
    public static string? SessionId(this ClaimsPrincipal user) => user.FindFirst(SessionClaim)?.Value;

    /// <summary>The applicant behind this request, as checked against the database by the Applicant scheme.</summary>
    public static ApplicantIdentity? Applicant(this HttpContext context) => context.Items[typeof(ApplicantIdentity)] as ApplicantIdentity;

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.SessionId();
        var identity = sessionId is null
            ? null
            : await context.HttpContext.RequestServices.GetRequiredService<ApplicantSessions>().CheckAsync(
                sessionId, recordActivity: !Endpoints.SessionEndpoints.OnlyLooks(context.HttpContext.Request), context.HttpContext.RequestAborted);
        if (identity is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        context.HttpContext.Items[typeof(ApplicantIdentity)] = identity;
    }
}
