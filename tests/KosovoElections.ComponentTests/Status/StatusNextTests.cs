using KosovoElections.Application.Registration;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Web.Components.Apply.Status;

namespace KosovoElections.ComponentTests.Status;

/// <summary>What happens next, said for every status an applicant can see, in the three languages.</summary>
public sealed class StatusNextTests : LocalizedComponentTest
{
    public static TheoryData<string, ApplicationStatus, string> Texts => new()
    {
        { "sq", ApplicationStatus.Submitted, "Aplikimi juaj i është dërguar KQZ-së dhe pret shqyrtimin." },
        { "sr-Latn", ApplicationStatus.Submitted, "Vaša prijava je poslata CIK-u i čeka razmatranje." },
        { "en", ApplicationStatus.Submitted, "Your application has been sent to the CEC and is waiting to be reviewed." },
        { "sq", ApplicationStatus.InReview, "KQZ po e shqyrton aplikimin tuaj." },
        { "sr-Latn", ApplicationStatus.InReview, "CIK upravo razmatra vašu prijavu." },
        { "en", ApplicationStatus.InReview, "The CEC is reviewing your application." },
        { "sq", ApplicationStatus.CorrectionRequested, "KQZ ju kërkon ta korrigjoni aplikimin." },
        { "sr-Latn", ApplicationStatus.CorrectionRequested, "CIK traži da ispravite prijavu." },
        { "en", ApplicationStatus.CorrectionRequested, "The CEC asks you to correct your application." },
        { "sq", ApplicationStatus.Approved, "Shtypni dëftesën e regjistrimit dhe vendoseni në pakon e votimit." },
        { "sr-Latn", ApplicationStatus.Approved, "Odštampajte potvrdu o registraciji i stavite je u paket za glasanje." },
        { "en", ApplicationStatus.Approved, "Print your registration receipt and put it into the ballot package." },
        { "sq", ApplicationStatus.Rejected, "Aplikimi juaj u refuzua." },
        { "sr-Latn", ApplicationStatus.Rejected, "Vaša prijava je odbijena." },
        { "en", ApplicationStatus.Rejected, "Your application was rejected." },
        { "sq", ApplicationStatus.Withdrawn, "E keni tërhequr aplikimin." },
        { "sr-Latn", ApplicationStatus.Withdrawn, "Povukli ste prijavu." },
        { "en", ApplicationStatus.Withdrawn, "You withdrew your application." },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Render_Status_SaysWhatHappensNextInTheReadersLanguage(string culture, ApplicationStatus status, string expected)
    {
        using var _ = InCulture(culture);

        var next = Render<StatusNext>(p => p.Add(c => c.Application, Application(status)));

        Assert.Contains(expected, next.Find("[data-testid=status-next]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.InReview)]
    public void Render_WaitingForReview_ListsTheReviewTheDecisionEmailAndTheReceipt(ApplicationStatus status)
    {
        using var _ = InCulture("en");

        var next = Render<StatusNext>(p => p.Add(c => c.Application, Application(status)));

        Assert.Equal(
            [
                "The CEC reviews your application.",
                "When a decision is made, we send you an e-mail. If something needs to be corrected, the e-mail says what.",
                "Once your application is approved, print your registration receipt and put it into the ballot package with your ballot. Without the receipt, your ballot is rejected.",
            ],
            next.FindAll("[data-testid=what-happens-next] li").Select(li => li.TextContent));
    }

    private static MyApplication Application(ApplicationStatus status) =>
        new(Guid.NewGuid(), "Blerta", "Shala", new ElectionName("Zgjedhjet 2027", "Izbori 2027", "Elections 2027"), new DateTime(2027, 6, 30, 21, 59, 0, DateTimeKind.Utc), status, ApplicationStep.CheckAnswers, "K7M-4QX-9", "blerta@example.org")
        {
            RegistrationOpen = true,
            Reasons = status is ApplicationStatus.Rejected or ApplicationStatus.CorrectionRequested ? [DecisionReason.FaceNotVisible] : [],
        };
}
