using KosovoElections.Application.Staff.Sessions;
using Microsoft.AspNetCore.Components.Authorization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// The staff member behind the current page, statically rendered or interactive: the session id from the principal,
/// checked against the database every time, so that every action of an open page is checked on the server with the
/// role the member has now (a disabled member, or an ended session, yields nobody).
/// </summary>
internal sealed class CurrentStaff(AuthenticationStateProvider authentication, StaffSessions sessions)
{
    public async Task<StaffIdentity?> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.StaffSessionId() is { } sessionId ? await sessions.ValidateAsync(sessionId, cancellationToken) : null;
    }
}
