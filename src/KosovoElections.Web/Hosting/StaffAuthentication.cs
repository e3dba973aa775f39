using System.Security.Claims;
using KosovoElections.Application.Staff.Sessions;
using KosovoElections.Domain.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The staff cookie, a scheme of its own so that an applicant's cookie never authorizes a staff URL and vice versa:
/// HTTP-only, SameSite=Strict, Secure and __Host- outside Development. It carries only the id of a row in
/// staff_sessions; every request checks that row and the staff member, and the principal is rebuilt from the database
/// (stage and the role's permissions), so sign-out, the 15-minute idle limit, disabling and a changed role take
/// effect on the next request (T-SES-02, T-SES-03, T-AC-08).
/// </summary>
internal static class StaffAuthentication
{
    public const string Scheme = "Staff";
    public const string SignInPath = "/office/sign-in";
    public const string SecondFactorPath = "/office/sign-in/code";

    /// <summary>Password and second factor passed: the policy of every back-office page.</summary>
    public const string SignedInPolicy = "Staff";

    /// <summary>Password passed, second factor awaited: only the code and enrolment page.</summary>
    public const string SecondFactorPolicy = "StaffSecondFactor";

    private const string SessionClaim = "ke:staff-session";
    private const string StageClaim = "ke:staff-stage";
    private const string PermissionClaim = "ke:permission";
    private const string SignedIn = "signed-in";
    private const string AwaitingSecondFactor = "second-factor";

    public static string PolicyFor(Permission permission) => "Staff:" + permission;

    public static void AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAuthentication().AddCookie(Scheme, o =>
        {
            SessionCookies.Configure(o, "ke-staff", SameSiteMode.Strict, StaffSession.AbsoluteTimeout, SignInPath, development);
            o.Events.OnValidatePrincipal = ValidateSessionAsync;
            o.Events.OnRedirectToAccessDenied = DenyAsync;
        });
        builder.Services.AddScoped<CurrentStaff>();
        builder.Services.AddAuthorization(o =>
        {
            o.AddPolicy(SignedInPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireClaim(StageClaim, SignedIn));
            o.AddPolicy(SecondFactorPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireClaim(StageClaim, AwaitingSecondFactor));
            foreach (var permission in Enum.GetValues<Permission>())
            {
                o.AddPolicy(PolicyFor(permission), p => p.AddAuthenticationSchemes(Scheme)
                    .RequireClaim(StageClaim, SignedIn).RequireClaim(PermissionClaim, permission.ToString()));
            }
        });
    }

    /// <summary>What the cookie holds: the session id, nothing else.</summary>
    public static ClaimsPrincipal Principal(string sessionId) =>
        new(new ClaimsIdentity([new Claim(SessionClaim, sessionId)], Scheme));

    /// <summary>The staff session behind a principal of this scheme, or null.</summary>
    public static string? StaffSessionId(this ClaimsPrincipal user) => user.FindFirst(SessionClaim)?.Value;

    /// <summary>The permissions a principal carries: the role's, once the second factor has passed.</summary>
    public static IEnumerable<Permission> PermissionsOf(StaffIdentity staff) => RolePermissions.Of(staff.Role).Where(staff.May);

    /// <summary>The permissions written into a principal when its session was last checked.</summary>
    public static IEnumerable<Permission> StaffPermissions(this ClaimsPrincipal user) =>
        user.FindAll(PermissionClaim).Select(c => Enum.Parse<Permission>(c.Value));

    /// <summary>The staff member behind this request, as checked against the database by the Staff scheme.</summary>
    public static StaffIdentity? Staff(this HttpContext context) => context.Items[typeof(StaffIdentity)] as StaffIdentity;

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirst(SessionClaim)?.Value;
        var staff = sessionId is null
            ? null
            : await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().ValidateAsync(sessionId, context.HttpContext.RequestAborted);
        if (staff is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        Claim[] claims =
        [
            new(SessionClaim, staff.SessionId),
            new(ClaimTypes.NameIdentifier, $"{staff.StaffId}"),
            new(ClaimTypes.Name, staff.Email),
            new(StageClaim, staff.AwaitingSecondFactor ? AwaitingSecondFactor : SignedIn),
            .. PermissionsOf(staff).Select(p => new Claim(PermissionClaim, p.ToString())),
        ];
        context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)));
        context.HttpContext.Items[typeof(StaffIdentity)] = staff;
    }

    /// <summary>A half-signed-in session is sent on to its code; a signed-in one without the permission gets 403.</summary>
    private static Task DenyAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.HttpContext.Staff() is { AwaitingSecondFactor: true })
        {
            context.Response.Redirect(SecondFactorPath);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }
}
