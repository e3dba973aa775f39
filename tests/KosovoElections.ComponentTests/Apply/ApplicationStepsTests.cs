using KosovoElections.Application.Registration;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Web.Components.Apply;

namespace KosovoElections.ComponentTests.Apply;

/// <summary>Where a saved step leads: the next step still to do after it, wrapping round, else the overview.</summary>
public sealed class ApplicationStepsTests
{
    [Fact]
    public void After_AddressWithTheSelfieStillToDo_GoesOnToTheReturnMethod() =>
        Assert.Equal("/apply/return-method", ApplicationSteps.After(ApplicationStep.Address, Draft(ApplicationStep.Email, ApplicationStep.Address)));

    [Fact]
    public void After_DocumentsWithOnlyTheSelfieLeft_WrapsRoundToTheSelfie() =>
        Assert.Equal("/apply/selfie", ApplicationSteps.After(ApplicationStep.Documents, Draft(ApplicationStep.Email, ApplicationStep.Address, ApplicationStep.ReturnMethod, ApplicationStep.Documents)));

    [Fact]
    public void After_LastStepDone_GoesToCheckTheAnswers() =>
        Assert.Equal("/apply/check", ApplicationSteps.After(ApplicationStep.Selfie, Draft(ApplicationStep.Selfie, ApplicationStep.Email, ApplicationStep.Address, ApplicationStep.ReturnMethod, ApplicationStep.Documents)));

    [Fact]
    public void After_ApplicationNoLongerEditable_GoesToTheOverview() =>
        Assert.Equal("/apply", ApplicationSteps.After(ApplicationStep.Address, Draft(ApplicationStep.Address) with { Status = ApplicationStatus.Submitted }));

    private static MyApplication Draft(params ApplicationStep[] done)
    {
        var all = Enum.GetValues<ApplicationStep>();
        var allDone = all.Where(s => s != ApplicationStep.CheckAnswers).All(done.Contains);
        return new(Guid.NewGuid(), "Blerta", "Shala", new ElectionName("Zgjedhjet 2027", "Izbori 2027", "Elections 2027"), DateTime.UtcNow.AddDays(30), ApplicationStatus.Draft, all.First(s => !done.Contains(s)), null, null)
        {
            RegistrationOpen = true,
            Steps = all.Select(s => new StepProgress(s,
                done.Contains(s) ? StepState.Completed : s != ApplicationStep.CheckAnswers || allDone ? StepState.ToDo : StepState.CannotStartYet)).ToList(),
        };
    }
}
