using KosovoElections.Domain.Staff;
using Microsoft.AspNetCore.Authorization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// A staff page or endpoint that needs <paramref name="permission"/>: its policy is the permission's own
/// (<see cref="StaffAuthentication.PolicyFor"/>), so only a signed-in staff member whose role grants it gets through.
/// On a page, in a folder's <c>_Imports.razor</c> or, for an endpoint, through <c>RequireAuthorization(new …)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
internal sealed class RequirePermissionAttribute(Permission permission) : AuthorizeAttribute(StaffAuthentication.PolicyFor(permission))
{
    public Permission Permission { get; } = permission;
}
