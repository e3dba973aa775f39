using System.Globalization;
using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.Email;

/// <summary>
/// The code page (SPEC §4 step 4, §7): the applicant types the code from the e-mail, or asks for a new one once the
/// server's cooldown has passed. Two statically rendered forms posted over plain HTTP; on success on to the next unfinished step.
/// </summary>
public sealed partial class EnterEmailCode
{
    [SupplyParameterFromForm(FormName = "email-code")]
    private string? Code { get; set; }

    /// <summary>Set by the redirect after a new code was sent, to say so.</summary>
    [SupplyParameterFromQuery]
    private bool Resent { get; set; }

    [Inject]
    private VerifyEmailCode VerifyEmailCode { get; set; } = default!;

    [Inject]
    private RequestEmailCode RequestEmailCode { get; set; } = default!;

    [Inject]
    private GetEmailCodeState GetEmailCodeState { get; set; } = default!;

    [Inject]
    private EmailCodeOptions Options { get; set; } = default!;

    [Inject]
    private GetMyApplication GetMyApplication { get; set; } = default!;

    private string? FieldError => Errors.FirstOrDefault().Value;

    private bool Editable { get; set; }

    /// <summary>On a post both forms are rendered whatever the state, so that the posted one exists to receive it; the handler then decides.</summary>
    private bool Posting { get; set; }

    private string? SentTo { get; set; }

    /// <summary>Why the latest code no longer works; the page then offers a new one instead of the code field.</summary>
    private EmailCodeCheck? Refusal { get; set; }

    private TimeSpan Cooldown { get; set; }

    private bool ShowCodeForm => Posting || (SentTo is not null && Refusal is null);

    private bool ShowResendForm => Posting || SentTo is not null;

    private ApplicantIdentity Applicant => HttpContext.Applicant()!;

    protected override async Task OnInitializedAsync()
    {
        Posting = HttpMethods.IsPost(HttpContext.Request.Method);
        await LoadAsync();
        if (!Posting && Editable && SentTo is null)
        {
            Navigation.NavigateTo("/apply/email");
        }
    }

    private async Task LoadAsync()
    {
        var state = await GetEmailCodeState.HandleAsync(Applicant);
        Editable = state.Editable;
        SentTo = state.Latest?.SentTo;
        Refusal = state.Latest?.Refusal;
        Cooldown = state.Cooldown;
    }

    private async Task VerifyAsync()
    {
        Posting = false;

        // People copy codes as "123 456" or with a stray space; only the digits count.
        var typed = Code is null ? null : string.Concat(Code.Where(c => !char.IsWhiteSpace(c)));
        var result = await VerifyEmailCode.HandleAsync(new VerifyEmailCodeCommand(Applicant, typed));
        switch (result.Status)
        {
            case EmailCodeCheck.Verified:
                Navigation.NavigateTo(ApplicationSteps.After(ApplicationStep.Email, await GetMyApplication.HandleAsync(Applicant, HttpContext.RequestAborted)));
                return;
            case EmailCodeCheck.Invalid:
                AddErrors("Code", result.Errors!);
                return;
            case EmailCodeCheck.WrongCode:
                Errors.Add(new("Code", result.TriesLeft == 1 ? T["EmailCodeWrong_One"] : T["EmailCodeWrong_Other", result.TriesLeft]));
                return;
            case EmailCodeCheck.NotEditable:
                Editable = false;
                return;
            default:
                // Expired, used, too many tries, no code: the code field gives way to "send a new code".
                await LoadAsync();
                Refusal = result.Status;
                return;
        }
    }

    private async Task ResendAsync()
    {
        Posting = false;
        if (SentTo is null)
        {
            Navigation.NavigateTo("/apply/email");
            return;
        }

        var result = await RequestEmailCode.HandleAsync(new RequestEmailCodeCommand(Applicant, SentTo, CultureInfo.CurrentUICulture.Name));
        switch (result.Status)
        {
            case EmailCodeRequestStatus.Sent:
                Navigation.NavigateTo("/apply/email/code?resent=true");
                return;
            case EmailCodeRequestStatus.TooSoon:
                Cooldown = result.Cooldown;
                Errors.Add(new("resend-code", T["EmailTooSoon"]));
                return;
            case EmailCodeRequestStatus.NotEditable:
                Editable = false;
                return;
            default:
                Navigation.NavigateTo("/apply/email");
                return;
        }
    }
}
