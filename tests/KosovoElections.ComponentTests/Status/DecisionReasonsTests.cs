using KosovoElections.Domain.Applications;
using KosovoElections.Web.Components.Apply.Status;

namespace KosovoElections.ComponentTests.Status;

/// <summary>A reviewer's reasons in the reader's language, with the pages to redo for a correction.</summary>
public sealed class DecisionReasonsTests : LocalizedComponentTest
{
    private static readonly DecisionReason[] Reasons = [DecisionReason.SelfieNotHoldingId, DecisionReason.ProofOfAddressMismatch];

    [Theory]
    [InlineData("sq", "Në selfie nuk shihet qartë se e mbani dokumentin e identifikimit në dorë.", "Dëshmia e adresës nuk përputhet me adresën që keni shkruar.")]
    [InlineData("sr-Latn", "Na selfiju se ne vidi jasno da držite identifikacioni dokument u ruci.", "Dokaz o adresi se ne slaže sa adresom koju ste upisali.")]
    [InlineData("en", "The selfie does not clearly show you holding your identity document.", "The proof of address does not match the address you entered.")]
    public void Render_TwoReasons_ListsEachInTheReadersLanguage(string culture, string first, string second)
    {
        using var _ = InCulture(culture);

        var list = Render<DecisionReasons>(p => p.Add(c => c.Reasons, Reasons).Add(c => c.ReasonText, "Bill from 2019"));

        Assert.Equal([first, second], list.FindAll("[data-testid=decision-reason]").Select(li => li.TextContent));
        Assert.Contains("Bill from 2019", list.Find("[data-testid=reason-note]").TextContent);
    }

    [Fact]
    public void Render_Correction_LinksExactlyTheStepsTheReviewerNamed()
    {
        using var _ = InCulture("en");

        // The reasons alone would suggest the address too (CorrectionSteps.For); the reviewer named only the documents.
        var list = Render<DecisionReasons>(p => p.Add(c => c.Reasons, Reasons).Add(c => c.ShowSteps, true).Add(c => c.Steps, [ApplicationStep.Documents]));

        Assert.Equal(["/apply/documents"], list.FindAll("[data-testid=correction-step]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Render_Rejection_LinksNoSteps()
    {
        using var _ = InCulture("en");

        var list = Render<DecisionReasons>(p => p.Add(c => c.Reasons, Reasons));

        Assert.Empty(list.FindAll("[data-testid=correction-step]"));
        Assert.Empty(list.FindAll("[data-testid=reason-note]"));
    }
}
