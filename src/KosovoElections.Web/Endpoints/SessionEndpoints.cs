using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.StaticAssets;

namespace KosovoElections.Web.Endpoints;

/// <summary>
/// What the idle warning (js/session-timeout.js) asks of the applicant's session: how long is left, without that
/// question counting as activity, and "Stay signed in", which does count. Both answer <c>{"secondsLeft": n}</c>, 0 once
/// the session has ended.
/// </summary>
internal static class SessionEndpoints
{
    public const string StatusPath = "/apply/session";
    public const string ExtendPath = "/apply/session/extend";

    /// <summary>
    /// The requests whose cookie check must not keep the session alive: asking how long it has left, the page's circuit
    /// (re)connecting, and the scripts and styles it loads (late, on a slow phone), which the browser does by itself, not
    /// the applicant.
    /// </summary>
    public static bool OnlyLooks(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) && request.Path.Equals(StatusPath, StringComparison.OrdinalIgnoreCase))
        || request.Path.StartsWithSegments(Hosting.CircuitGuard.Path, StringComparison.OrdinalIgnoreCase)
        || request.HttpContext.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    public static void MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StatusPath, (HttpContext context, TimeProvider clock) => TimeLeft(context, clock));

        // The cookie check of this request has already recorded the activity (ApplicantAuthentication); the token keeps
        // another site from holding a session open.
        endpoints.MapPost(ExtendPath, async (HttpContext context, TimeProvider clock, IAntiforgery antiforgery) =>
            await antiforgery.IsRequestValidAsync(context) ? TimeLeft(context, clock) : Results.BadRequest())
            .DisableAntiforgery();
    }

    /// <summary>Whole seconds until the session of this request ends, as the warning's page shows them too.</summary>
    public static int SecondsLeft(ApplicantIdentity? applicant, TimeProvider clock) =>
        applicant is null ? 0 : (int)Math.Max(0, Math.Floor((applicant.EndsAt - clock.GetUtcNow().UtcDateTime).TotalSeconds));

    private static IResult TimeLeft(HttpContext context, TimeProvider clock)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { secondsLeft = SecondsLeft(context.Applicant(), clock) });
    }
}
