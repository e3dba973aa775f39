using KosovoElections.Application.Registration;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Web.Components.Apply;

namespace KosovoElections.ComponentTests.Apply;

/// <summary>The overview's task list: each step's state and the count of steps done, in the three languages.</summary>
public sealed class TaskListTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("sq", "Keni përfunduar 2 nga 6 hapa.", "Përfunduar", "Për t'u bërë", "Nuk mund të fillohet ende")]
    [InlineData("sr-Latn", "Završili ste 2 od 6 koraka.", "Završeno", "Treba uraditi", "Još ne može da počne")]
    [InlineData("en", "You have completed 2 of 6 steps.", "Completed", "To do", "Cannot start yet")]
    public void Render_TwoStepsDone_SaysHowManyAndEachStepsState(string culture, string progress, string completed, string toDo, string cannotStart)
    {
        using var _ = InCulture(culture);

        var list = Render<TaskList>(p => p.Add(c => c.Application, Draft()));

        Assert.Equal(progress, list.Find("[data-testid=task-progress]").TextContent);
        Assert.Equal(
            [completed, completed, toDo, toDo, toDo, cannotStart],
            list.FindAll("[data-testid=task-status]").Select(s => s.TextContent));
    }

    [Fact]
    public void Render_TwoStepsDone_LinksEveryStepThatCanStartAndContinuesAtTheFirstUnfinished()
    {
        using var _ = InCulture("en");

        var list = Render<TaskList>(p => p.Add(c => c.Application, Draft()));

        Assert.Equal(
            ["/apply/selfie", "/apply/email", "/apply/address", "/apply/return-method", "/apply/documents"],
            list.FindAll("[data-testid=task-link]").Select(a => a.GetAttribute("href")));
        var next = list.Find("[data-testid=next-step-link]");
        Assert.Equal("/apply/address", next.GetAttribute("href"));
        Assert.Equal("Continue: Address abroad and phone", next.TextContent);
        Assert.Single(list.FindAll(".button"));
    }

    private static MyApplication Draft() =>
        new(Guid.NewGuid(), "Blerta", "Shala", new ElectionName("Zgjedhjet 2027", "Izbori 2027", "Elections 2027"), new DateTime(2027, 6, 30, 21, 59, 0, DateTimeKind.Utc), ApplicationStatus.Draft, ApplicationStep.Address, null, "blerta@example.org")
        {
            RegistrationOpen = true,
            Steps =
            [
                new(ApplicationStep.Selfie, StepState.Completed), new(ApplicationStep.Email, StepState.Completed),
                new(ApplicationStep.Address, StepState.ToDo), new(ApplicationStep.ReturnMethod, StepState.ToDo),
                new(ApplicationStep.Documents, StepState.ToDo), new(ApplicationStep.CheckAnswers, StepState.CannotStartYet),
            ],
        };
}
