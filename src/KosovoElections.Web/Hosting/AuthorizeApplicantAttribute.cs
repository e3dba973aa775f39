using Microsoft.AspNetCore.Authorization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// A page or endpoint for the signed-in applicant only (<see cref="ApplicantAuthentication.Policy"/>). Every page under
/// <c>Components/Apply</c> carries it from the folder's <c>_Imports.razor</c>; a public page there says
/// <c>[AllowAnonymous]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
internal sealed class AuthorizeApplicantAttribute() : AuthorizeAttribute(ApplicantAuthentication.Policy);
