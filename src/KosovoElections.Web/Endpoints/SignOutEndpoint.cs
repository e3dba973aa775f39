using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace KosovoElections.Web.Endpoints;

internal static class SignOutEndpoint
{
    /// <summary>POST /apply/sign-out (antiforgery-protected form): ends the server-side session and clears the cookie.</summary>
    public static void MapSignOutEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/apply/sign-out", async (HttpContext context, ApplicantSessions sessions, IAntiforgery antiforgery) =>
        {
            // The endpoint binds no form, so the token is checked here rather than by form binding.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            if (context.User.SessionId() is { } sessionId)
            {
                await sessions.EndAsync(sessionId, context.RequestAborted);
            }

            await context.SignOutAsync(ApplicantAuthentication.Scheme);
            return Results.LocalRedirect("/");
        }).DisableAntiforgery();
}
