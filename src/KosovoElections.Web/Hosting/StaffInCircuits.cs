using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// A circuit takes its user from the request that opens it, which the default (applicant) scheme authenticated. On
/// <c>/_blazor</c> the staff scheme is asked too and its identity added, so an interactive back-office page knows the
/// staff member and their permissions, and <see cref="SessionRevalidation"/> keeps checking that session. The staff
/// identity goes first: the framework revalidates a circuit only while the principal's first identity is authenticated,
/// and a staff member's default (applicant) identity is an empty one, which left their open pages never re-checked.
/// </summary>
internal static class StaffInCircuits
{
    public static IApplicationBuilder UseStaffInCircuits(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(CircuitGuard.Path), circuit => circuit.Use(async (context, next) =>
        {
            var staff = await context.AuthenticateAsync(StaffAuthentication.Scheme);
            if (staff.Succeeded && context.User.StaffSessionId() is null)
            {
                context.User = new ClaimsPrincipal(staff.Principal.Identities.Concat(context.User.Identities.Where(i => i.IsAuthenticated)));
            }

            await next(context);
        }));
}
