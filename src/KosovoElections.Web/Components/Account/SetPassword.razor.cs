using KosovoElections.Application.Administration.Staff;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Account;

/// <summary>The fields of the set-password form; neither is ever written back into the page.</summary>
public sealed class SetPasswordForm
{
    public string? Password { get; set; }

    public string? Confirmation { get; set; }
}

/// <summary>
/// An invited staff member's password, at the link of their invitation letter (issue 14, decision 0014): statically
/// rendered and anonymous, with antiforgery. A link that expired, was used, was forged or belongs to a disabled account
/// gets one message and changes nothing; a password the rules refuse keeps the link usable. Then the usual sign-in,
/// which enrols the authenticator.
/// </summary>
public sealed partial class SetPassword
{
    [Parameter]
    public string Token { get; set; } = string.Empty;

    [SupplyParameterFromForm(FormName = "set-password", Name = "Form")]
    protected override SetPasswordForm? Posted { get; set; }

    [Inject]
    private SetStaffPassword SetStaffPassword { get; set; } = default!;

    private bool Usable { get; set; }

    private bool Done { get; set; }

    // A posted form is rendered before its handler runs (the framework finds the handler in the page), and the handler
    // checks the link itself, so only a plain visit asks whether the link still works.
    protected override async Task OnInitializedAsync() =>
        Usable = Posted is not null || await SetStaffPassword.IsUsableAsync(Token, HttpContext.RequestAborted);

    private string? FieldError(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task SubmitAsync()
    {
        var outcome = await SetStaffPassword.HandleAsync(
            new SetStaffPasswordCommand(Token, Form.Password ?? string.Empty, Form.Confirmation ?? string.Empty), HttpContext.RequestAborted);
        Form = new SetPasswordForm();
        Done = outcome.Succeeded;
        Usable = outcome.Errors.All(e => e.Key != SetStaffPassword.LinkInvalid);
        foreach (var error in outcome.Errors.Where(e => e.Key != SetStaffPassword.LinkInvalid))
        {
            var field = error.Key == SetStaffPasswordValidator.Mismatch ? "Confirmation" : "Password";
            Errors.Add(new(field, T[error.Key, error.Arguments]));
        }
    }
}
