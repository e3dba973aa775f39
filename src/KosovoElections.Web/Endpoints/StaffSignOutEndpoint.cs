using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace KosovoElections.Web.Endpoints;

internal static class StaffSignOutEndpoint
{
    /// <summary>POST /office/sign-out (antiforgery-protected form): ends the server-side staff session and clears the cookie.</summary>
    public static void MapStaffSignOutEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/office/sign-out", async (HttpContext context, StaffSessions sessions, IAntiforgery antiforgery) =>
        {
            // The token was issued to the staff principal, so that is the user it is checked against; the endpoint
            // binds no form, so the token is checked here rather than by form binding.
            if ((await context.AuthenticateAsync(StaffAuthentication.Scheme)).Principal is { } principal)
            {
                context.User = principal;
            }

            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            if (context.Staff() is { } staff)
            {
                await sessions.EndAsync(staff.SessionId, context.RequestAborted);
            }

            await context.SignOutAsync(StaffAuthentication.Scheme);
            return Results.LocalRedirect(StaffAuthentication.SignInPath);
        }).DisableAntiforgery();
}
