using System.Security.Claims;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Staff.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// Re-checks an open circuit's sessions every minute (the framework's default is 30), so that sign-out in another tab,
/// the idle and absolute limits, a disabled staff account and a changed role also close pages that stay open
/// (T-SES-03, T-SES-05): the applicant's session and the staff member's (<see cref="StaffInCircuits"/>), whichever the
/// circuit carries. The interval is <c>Circuits:RevalidationInterval</c> (a TimeSpan), so that a test need not wait a
/// minute; each action of an open staff page is checked at once anyway (<see cref="CurrentStaff"/>). The re-check is not
/// activity: an applicant's page left open does not keep the session alive past its idle limit.
/// </summary>
internal sealed class SessionRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public const string IntervalSetting = "Circuits:RevalidationInterval";

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    protected override TimeSpan RevalidationInterval { get; } = IntervalFrom(configuration);

    /// <summary>The configured interval; zero, negative or longer than the default would weaken T-SES-03, so it is refused.</summary>
    public static TimeSpan IntervalFrom(IConfiguration configuration)
    {
        var interval = configuration.GetValue(IntervalSetting, DefaultInterval);
        return interval > TimeSpan.Zero && interval <= DefaultInterval
            ? interval
            : throw new Infrastructure.SetupException($"{IntervalSetting} must be more than zero and at most {DefaultInterval}.");
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        var applicant = user.SessionId();
        var staff = user.StaffSessionId();
        if (applicant is null && staff is null)
        {
            return user.Identity?.IsAuthenticated != true;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (applicant is not null && await scope.ServiceProvider.GetRequiredService<ApplicantSessions>().CheckAsync(applicant, recordActivity: false, cancellationToken) is null)
        {
            return false;
        }

        return staff is null || StillHolds(user, await scope.ServiceProvider.GetRequiredService<StaffSessions>().ValidateAsync(staff, cancellationToken));
    }

    /// <summary>The staff session is active and grants exactly the permissions the circuit was opened with.</summary>
    private static bool StillHolds(ClaimsPrincipal user, StaffIdentity? staff) =>
        staff is not null && StaffAuthentication.PermissionsOf(staff).Order().SequenceEqual(user.StaffPermissions().Order());
}
