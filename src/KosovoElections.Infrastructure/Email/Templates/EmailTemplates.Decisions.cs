using System.Globalization;
using KosovoElections.Application.Email;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Infrastructure.Email.Templates;

/// <summary>The decision letters (SPEC §5): approved, rejected, sent back for correction, in the applicant's language.</summary>
public sealed partial class EmailTemplates
{
    private static readonly TimeZoneInfo Kosovo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");

    private static readonly Dictionary<string, DecisionLetterTexts> Decisions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sq"] = new(
            ApprovedSubject: "Aplikimi juaj u miratua – KQZ",
            ApprovedLead: "Aplikimi juaj me numër reference {0} u miratua. Kodi i dëftesës suaj të regjistrimit:",
            ApprovedPrint: "Identifikohuni përsëri në faqen e KQZ-së me numrin personal dhe datën e lindjes, hapni aplikimin dhe shtypni dëftesën e regjistrimit. Vendoseni dëftesën në pakon e votimit bashkë me fletëvotimin: pa të, fletëvotimi juaj refuzohet.",
            RejectedSubject: "Aplikimi juaj u refuzua – KQZ",
            RejectedLead: "Aplikimi juaj me numër reference {0} u refuzua për këto arsye:",
            RejectedNext: "Deri në afatin e regjistrimit mund të aplikoni përsëri.",
            CorrectionSubject: "Aplikimi juaj ka nevojë për korrigjim – KQZ",
            CorrectionLead: "Aplikimi juaj me numër reference {0} ka nevojë për korrigjim, për këto arsye:",
            CorrectionSteps: "Identifikohuni përsëri dhe ribëni këto hapa, pastaj dërgojeni aplikimin përsëri:",
            CorrectionDeadline: "Afati: {0} (ora e Kosovës). Pas afatit aplikimi nuk mund të ndryshohet më.",
            Note: "Shënimi i KQZ-së: {0}",
            Signature: "Komisioni Qendror i Zgjedhjeve"),
        ["sr-Latn"] = new(
            ApprovedSubject: "Vaša prijava je odobrena – CIK",
            ApprovedLead: "Vaša prijava sa referentnim brojem {0} je odobrena. Kod vaše potvrde o registraciji:",
            ApprovedPrint: "Ponovo se prijavite na sajtu CIK-a ličnim brojem i datumom rođenja, otvorite prijavu i odštampajte potvrdu o registraciji. Stavite potvrdu u paket za glasanje zajedno sa glasačkim listićem: bez nje se vaš glasački listić odbija.",
            RejectedSubject: "Vaša prijava je odbijena – CIK",
            RejectedLead: "Vaša prijava sa referentnim brojem {0} je odbijena iz sledećih razloga:",
            RejectedNext: "Do roka za registraciju možete ponovo podneti prijavu.",
            CorrectionSubject: "Vašu prijavu treba ispraviti – CIK",
            CorrectionLead: "Vašu prijavu sa referentnim brojem {0} treba ispraviti, iz sledećih razloga:",
            CorrectionSteps: "Ponovo se prijavite i ponovite ove korake, a zatim ponovo pošaljite prijavu:",
            CorrectionDeadline: "Rok: {0} (po kosovskom vremenu). Posle roka prijava se više ne može menjati.",
            Note: "Napomena CIK-a: {0}",
            Signature: "Centralna izborna komisija"),
        ["en"] = new(
            ApprovedSubject: "Your application was approved – CEC",
            ApprovedLead: "Your application with reference number {0} was approved. The code of your registration receipt:",
            ApprovedPrint: "Sign in again on the CEC's site with your personal number and date of birth, open your application and print the registration receipt. Put the receipt into the ballot package with your ballot: without it, your ballot is rejected.",
            RejectedSubject: "Your application was rejected – CEC",
            RejectedLead: "Your application with reference number {0} was rejected for these reasons:",
            RejectedNext: "You may apply again until the registration deadline.",
            CorrectionSubject: "Your application needs a correction – CEC",
            CorrectionLead: "Your application with reference number {0} needs a correction, for these reasons:",
            CorrectionSteps: "Sign in again and redo these steps, then send the application again:",
            CorrectionDeadline: "Deadline: {0} (Kosovo time). After the deadline the application can no longer be changed.",
            Note: "The CEC's note: {0}",
            Signature: "Central Election Commission"),
    };

    public EmailMessage ApplicationApproved(string to, string language, string referenceNumber, string receiptCode)
    {
        var key = LanguageOf(language);
        var texts = Decisions[key];
        return Letter(to, key, texts.ApprovedSubject, [new(Format(texts.ApprovedLead, referenceNumber)), new(receiptCode, Prominent: true), new(texts.ApprovedPrint), new(texts.Signature)]);
    }

    public EmailMessage ApplicationRejected(string to, string language, string referenceNumber, IReadOnlyList<DecisionReason> reasons, string? reasonText)
    {
        var key = LanguageOf(language);
        var texts = Decisions[key];
        return Letter(to, key, texts.RejectedSubject,
            [new(Format(texts.RejectedLead, referenceNumber)), .. Why(key, reasons, reasonText), new(texts.RejectedNext), new(texts.Signature)]);
    }

    public EmailMessage CorrectionRequested(
        string to, string language, string referenceNumber, IReadOnlyList<DecisionReason> reasons, string? reasonText, IReadOnlyList<ApplicationStep> steps, DateTime deadlineUtc)
    {
        var key = LanguageOf(language);
        var texts = Decisions[key];
        var deadline = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(deadlineUtc, DateTimeKind.Utc), Kosovo).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        return Letter(to, key, texts.CorrectionSubject,
        [
            new(Format(texts.CorrectionLead, referenceNumber)), .. Why(key, reasons, reasonText),
            new(texts.CorrectionSteps + "\r\n" + Bullets(steps.Select(s => DecisionTexts.Step(key, s)))),
            new(Format(texts.CorrectionDeadline, deadline)), new(texts.Signature),
        ]);
    }

    private static IEnumerable<Paragraph> Why(string language, IReadOnlyList<DecisionReason> reasons, string? reasonText)
    {
        yield return new(Bullets(reasons.Select(r => DecisionTexts.Reason(language, r))));
        if (!string.IsNullOrWhiteSpace(reasonText))
        {
            yield return new(Format(Decisions[language].Note, reasonText));
        }
    }

    private static string Bullets(IEnumerable<string> lines) => string.Join("\r\n", lines.Select(l => "• " + l));

    private static string Format(string text, string value) => string.Format(CultureInfo.InvariantCulture, text, value);

    private sealed record DecisionLetterTexts(
        string ApprovedSubject, string ApprovedLead, string ApprovedPrint,
        string RejectedSubject, string RejectedLead, string RejectedNext,
        string CorrectionSubject, string CorrectionLead, string CorrectionSteps, string CorrectionDeadline,
        string Note, string Signature);
}
