using System.Data.Common;
using System.Globalization;
using FluentValidation;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply;

/// <summary>
/// The applicant sign-in (SPEC §4 step 2). A statically rendered form posted over plain HTTP: the session cookie can
/// only be set on an HTTP response, and no circuit is needed to type two things.
/// </summary>
public sealed partial class SignIn
{
    [SupplyParameterFromForm(FormName = "sign-in", Name = "Form")]
    protected override SignInForm? Posted { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    [Inject]
    private SignInApplicant SignInApplicant { get; set; } = default!;

    [Inject]
    private IValidator<SignInForm> Validator { get; set; } = default!;

    [Inject]
    private ILogger<SignIn> Logger { get; set; } = default!;

    private string? Refusal { get; set; }

    /// <summary>The proof of work to do before the details are checked (SignInChallenge.razor), when the number is contested.</summary>
    private SignInChallenge? Challenge { get; set; }

    private async Task SubmitAsync()
    {
        var validation = await Validator.ValidateAsync(Form);
        if (!validation.IsValid)
        {
            Errors.AddRange(SignInFields.Messages(validation, T));
            return;
        }

        SignInResult result;
        try
        {
            result = await SignInApplicant.HandleAsync(
                new SignInCommand(Form.NormalizedPersonalNumber, Form.DateOfBirth!.Value, HttpContext.Client(), CultureInfo.CurrentUICulture.Name), Form.ChallengeAnswer);
        }
        catch (Exception e) when (e is DbException or TimeoutException || e.InnerException is DbException)
        {
            // Fail closed: no session, the same words for everyone, and nothing about the person.
            Logger.LogError(e, "Sign-in could not reach the database");
            HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Refusal = T["SignInUnavailable"];
            return;
        }

        if (result.Challenge is not null)
        {
            Challenge = result.Challenge;
            return;
        }

        if (result.Status != SignInStatus.SignedIn)
        {
            Refusal = T[TextKey.For(result.Status)];
            return;
        }

        await HttpContext.SignInAsync(ApplicantAuthentication.Scheme, ApplicantAuthentication.Principal(result.SessionId!));
        Navigation.NavigateTo(SafeReturnUrl.Or(ReturnUrl is { Length: > 1 } ? ReturnUrl : null, "/apply"));
    }
}
