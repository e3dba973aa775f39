using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Apply.ReturnMethods;

/// <summary>
/// How the ballot comes back (SPEC §4 step 6): a statically rendered form like the address step. Each postal method
/// shows the mailbox it implies for this applicant; voting in person lists the missions with places left. When the last
/// place was taken meanwhile, the page says so and offers what remains.
/// </summary>
public sealed partial class ReturnMethodStep
{
    [SupplyParameterFromForm(FormName = "return-method", Name = "Form")]
    protected override ReturnMethodForm? Posted { get; set; }

    [Inject]
    private GetReturnMethodChoices GetReturnMethodChoices { get; set; } = default!;

    [Inject]
    private ChooseReturnMethod ChooseReturnMethod { get; set; } = default!;

    [Inject]
    private GetMyApplication GetMyApplication { get; set; } = default!;

    /// <summary>What the page offers; null when the application can no longer be changed.</summary>
    private ReturnMethodChoices? Choices { get; set; }

    /// <summary>The authorization policy has checked the session and put its applicant on the request.</summary>
    private ApplicantIdentity Applicant => HttpContext.Applicant()!;

    protected override async Task OnInitializedAsync()
    {
        Choices = await GetReturnMethodChoices.HandleAsync(Applicant, HttpContext.RequestAborted);
        Form = Posted ?? Choices?.Chosen ?? new();
    }

    private string? FieldError(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    private async Task SaveAsync()
    {
        var status = await ChooseReturnMethod.HandleAsync(new ChooseReturnMethodCommand(Applicant, Form), HttpContext.RequestAborted);
        switch (status)
        {
            case ReturnMethodSaveStatus.Saved:
                Navigation.NavigateTo(ApplicationSteps.After(ApplicationStep.ReturnMethod, await GetMyApplication.HandleAsync(Applicant, HttpContext.RequestAborted)));
                break;
            case ReturnMethodSaveStatus.MethodMissing:
                Errors.Add(new("Method", T["ReturnMethod_MethodRequired"]));
                break;
            case ReturnMethodSaveStatus.MissionMissing:
                Errors.Add(new("MissionId", T["ReturnMethod_MissionRequired"]));
                break;
            case ReturnMethodSaveStatus.MissionFull:
                // Show what is left now: the full mission drops off the list, the postal methods remain.
                Errors.Add(new("Method", T["ReturnMethod_MissionTaken"]));
                Choices = await GetReturnMethodChoices.HandleAsync(Applicant, HttpContext.RequestAborted);
                Form = new ReturnMethodForm();
                break;
            default:
                Choices = null;
                break;
        }
    }
}
