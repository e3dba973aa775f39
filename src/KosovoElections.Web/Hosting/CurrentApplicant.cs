using KosovoElections.Application.Registration.Sessions;
using Microsoft.AspNetCore.Components.Authorization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The applicant behind the current page, statically rendered or interactive: the session id from the cookie's claims,
/// checked against the database every time, so an ended or expired session yields nobody.
/// </summary>
internal sealed class CurrentApplicant(AuthenticationStateProvider authentication, ApplicantSessions sessions)
{
    public async Task<ApplicantIdentity?> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.SessionId() is { } sessionId ? await sessions.ValidateAsync(sessionId, cancellationToken) : null;
    }
}
