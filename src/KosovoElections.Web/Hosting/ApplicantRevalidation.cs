using KosovoElections.Application.Registration.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// Re-checks an open circuit's applicant session every minute (the framework's default is 30), so that sign-out in
/// another tab, or the idle and absolute limits, also close pages that stay open (T-SES-03, T-SES-05).
/// </summary>
internal sealed class ApplicantRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.SessionId() is not { } sessionId)
        {
            return authenticationState.User.Identity?.IsAuthenticated != true;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicantSessions>().ValidateAsync(sessionId, cancellationToken) is not null;
    }
}
