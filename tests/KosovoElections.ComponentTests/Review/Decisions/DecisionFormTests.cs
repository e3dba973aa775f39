using FluentValidation;
using KosovoElections.Application.Review.Decisions;
using KosovoElections.Domain.Applications;
using KosovoElections.Web.Components.Review.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests.Review.Decisions;

/// <summary>
/// The decision form without a database: its validation (reasons, "Other", steps), the second confirmation of a
/// rejection, the keyboard and the texts in each language. Saving is covered by the integration tests.
/// </summary>
public sealed class DecisionFormTests : LocalizedComponentTest
{
    private readonly BunitJSModuleInterop _module;

    public DecisionFormTests()
    {
        Services.AddSingleton<IValidator<DecisionInput>, DecisionInputValidator>();
        _module = JSInterop.SetupModule(DecisionForm.ModulePath);
        _module.SetupVoid("start", _ => true).SetVoidResult();
        _module.SetupVoid("stop", _ => true).SetVoidResult();
    }

    [Theory]
    [InlineData("sq", "Tastet: A miratoj", "Zgjidhni të paktën një arsye.")]
    [InlineData("sr-Latn", "Tasteri: A odobri", "Izaberite bar jedan razlog.")]
    [InlineData("en", "Keys: A approve, R reject, C request a correction, Enter records", "Choose at least one reason.")]
    public void Reject_WithoutReasons_IsRefusedInTheReadersLanguage_UnderTheKeyboardLegend(string culture, string legend, string message)
    {
        using var _ = InCulture(culture);
        var form = RenderForm();

        form.Find("[data-testid=decision-Reject]").Change(true);
        form.Find("form").Submit();

        Assert.Contains(legend, form.Find("[data-testid=decision-keys]").TextContent);
        Assert.Contains(message, form.Find("[data-testid=error-summary]").TextContent);
        Assert.EndsWith("#decision-reasons", form.Find("[data-testid=error-summary] a").GetAttribute("href"));
        Assert.Empty(form.FindAll("[data-testid=decision-confirm-panel]"));
    }

    [Fact]
    public void Other_WithoutText_IsRefused_AndWithTextTheRejectionAsksOnceMoreWithItsReasons()
    {
        using var _ = InCulture("en");
        var form = RenderForm();
        form.Find("[data-testid=decision-Reject]").Change(true);
        form.Find("[data-testid=reason-Other]").Change(true);

        form.Find("form").Submit();

        Assert.Contains("Write an explanation for \"Another reason\".", form.Find("[data-testid=error-summary]").TextContent);

        form.Find("[data-testid=decision-reason-text]").Input("The photo is of someone else's card.");
        form.Find("form").Submit();

        var panel = form.Find("[data-testid=decision-confirm-panel]");
        Assert.Contains("Reject this application?", panel.TextContent);
        Assert.Contains("Another reason (see the note below).", panel.TextContent);
        Assert.Contains("The photo is of someone else's card.", panel.TextContent);
        Assert.Empty(form.FindAll("[data-testid=error-summary]"));

        // The summary took the focus after the refused submit, then the second question did.
        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 2);
    }

    [Fact]
    public void Correction_PrefillsTheStepsFromTheReasons_AndWithoutStepsIsRefused()
    {
        using var _ = InCulture("en");
        var form = RenderForm();
        form.Find("[data-testid=decision-RequestCorrection]").Change(true);

        form.Find("[data-testid=reason-PersonMismatch]").Change(true);

        Assert.True(form.Find("[data-testid=step-Selfie]").HasAttribute("checked"));
        Assert.True(form.Find("[data-testid=step-Documents]").HasAttribute("checked"));
        Assert.False(form.Find("[data-testid=step-Address]").HasAttribute("checked"));

        form.Find("[data-testid=step-Selfie]").Change(false);
        form.Find("[data-testid=step-Documents]").Change(false);
        form.Find("form").Submit();

        Assert.Contains("Choose at least one step to redo.", form.Find("[data-testid=error-summary]").TextContent);
    }

    [Theory]
    [InlineData("A", "decision-Approve")]
    [InlineData("r", "decision-Reject")]
    [InlineData("C", "decision-RequestCorrection")]
    public async Task Keyboard_ChoosesTheDecision(string key, string chosen)
    {
        using var _ = InCulture("en");
        var form = RenderForm();

        await form.InvokeAsync(() => form.Instance.OnShortcutAsync(key));

        Assert.True(form.Find($"[data-testid={chosen}]").HasAttribute("checked"));
        Assert.Single(form.FindAll("input[type=radio][checked]"));
        Assert.Single(_module.Invocations["start"]);
    }

    [Fact]
    public async Task Keyboard_OnAPendingRejection_RConfirmsIt_AndEnterAsksOnceMore()
    {
        using var _ = InCulture("sr-Latn");
        var form = RenderForm(ApplicationStatus.RejectionPending);

        Assert.Equal(["decision-ConfirmRejection", "decision-Approve", "decision-RequestCorrection"], form.FindAll("input[type=radio]").Select(r => r.GetAttribute("data-testid")));

        await form.InvokeAsync(() => form.Instance.OnShortcutAsync("R"));
        Assert.True(form.Find("[data-testid=decision-ConfirmRejection]").HasAttribute("checked"));
        await form.InvokeAsync(() => form.Instance.OnShortcutAsync("Enter"));

        Assert.Contains("Da, odbij je", form.Find("[data-testid=decision-confirm]").TextContent);
    }

    [Fact]
    public async Task Keyboard_EnterWithNothingChosen_ShowsTheErrorSummary()
    {
        using var _ = InCulture("en");
        var form = RenderForm();

        await form.InvokeAsync(() => form.Instance.OnShortcutAsync("Enter"));

        Assert.Contains("Choose a decision.", form.Find("[data-testid=error-summary]").TextContent);
    }

    private IRenderedComponent<DecisionForm> RenderForm(ApplicationStatus status = ApplicationStatus.InReview) =>
        Render<DecisionForm>(p => p
            .Add(c => c.ApplicationId, Guid.NewGuid())
            .Add(c => c.Version, Guid.NewGuid())
            .Add(c => c.Status, status));
}
