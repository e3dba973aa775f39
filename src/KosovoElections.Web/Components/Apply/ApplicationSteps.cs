using KosovoElections.Application.Registration;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Web.Components.Apply;

/// <summary>
/// Where each step of the application lives, in one place: the overview's task list, the correction links and every
/// step's way on after it is saved use it, so a step moved to another address is moved everywhere.
/// </summary>
public static class ApplicationSteps
{
    /// <summary>The application's overview: its task list or its status.</summary>
    public const string Overview = "/apply";

    public static string PathOf(ApplicationStep step) => step switch
    {
        ApplicationStep.Selfie => "/apply/selfie",
        ApplicationStep.Email => "/apply/email",
        ApplicationStep.Address => "/apply/address",
        ApplicationStep.ReturnMethod => "/apply/return-method",
        ApplicationStep.Documents => "/apply/documents",
        ApplicationStep.CheckAnswers => "/apply/check",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>
    /// Where <paramref name="done"/> leads once saved (GOV.UK: straight on, not back to a list): the next step after it
    /// that is still to do, else the first one before it (a laptop without a camera goes on past the photos and comes back
    /// to them), else the overview, which also says why an application can no longer be changed.
    /// </summary>
    public static string After(ApplicationStep done, MyApplication? application)
    {
        if (application is not { Editable: true })
        {
            return Overview;
        }

        var toDo = application.Steps.Where(s => s.State == StepState.ToDo).Select(s => s.Step).ToList();
        var next = toDo.Where(step => step > done).Concat(toDo.Where(step => step < done)).Cast<ApplicationStep?>().FirstOrDefault();
        return next is { } step ? PathOf(step) : Overview;
    }

    /// <summary>
    /// Where a question page's Back link goes (GOV.UK back link): the step before <paramref name="step"/> in the task list's
    /// order, and from the first step the overview. The way back is the same for everyone, whatever is already done.
    /// </summary>
    public static string Before(ApplicationStep step) =>
        Enum.GetValues<ApplicationStep>().Where(s => s < step).Cast<ApplicationStep?>().LastOrDefault() is { } previous
            ? PathOf(previous)
            : Overview;
}
