using Microsoft.AspNetCore.Authorization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// A page for any signed-in staff member, whatever the role (<see cref="StaffAuthentication.SignedInPolicy"/>: password
/// and second factor passed). A page that needs a right says so with <see cref="RequirePermissionAttribute"/> instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
internal sealed class AuthorizeStaffAttribute() : AuthorizeAttribute(StaffAuthentication.SignedInPolicy);
