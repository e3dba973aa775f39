using KosovoElections.Domain.Applications;

namespace KosovoElections.Infrastructure.Email.Templates;

/// <summary>
/// The reasons and steps as the decision letters name them: the same words as the status page's
/// (<c>DecisionReason_*</c>, <c>ApplicationStep_*</c> in the Web project's Text*.resx), kept here because
/// Infrastructure has no satellite assemblies; <c>DecisionLetterTests</c> holds the two in step.
/// </summary>
internal static class DecisionTexts
{
    private static readonly Dictionary<string, Names> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sq"] = new(
            new Dictionary<DecisionReason, string>
            {
                [DecisionReason.SelfieNotHoldingId] = "Në selfie nuk shihet qartë se e mbani dokumentin e identifikimit në dorë.",
                [DecisionReason.FaceNotVisible] = "Fytyra juaj nuk shihet qartë në foto.",
                [DecisionReason.IdDocumentUnreadable] = "Dokumenti i identifikimit nuk lexohet.",
                [DecisionReason.IdDocumentNotAccepted] = "Ky dokument identifikimi nuk pranohet: përdorni letërnjoftimin, pasaportën ose patentë-shoferin e Kosovës.",
                [DecisionReason.ProofOfAddressMissing] = "Mungon dëshmia e adresës jashtë vendit.",
                [DecisionReason.ProofOfAddressMismatch] = "Dëshmia e adresës nuk përputhet me adresën që keni shkruar.",
                [DecisionReason.PersonMismatch] = "Personi në foto nuk përputhet me dokumentin e identifikimit.",
                [DecisionReason.NotEligible] = "Nuk plotësoni kushtet për të votuar jashtë Kosovës në këto zgjedhje.",
                [DecisionReason.Duplicate] = "Për ju ekziston tashmë një aplikim tjetër.",
                [DecisionReason.Other] = "Arsye tjetër (shihni shënimin më poshtë).",
            },
            new Dictionary<ApplicationStep, string>
            {
                [ApplicationStep.Selfie] = "Fotografia juaj (selfie)",
                [ApplicationStep.Email] = "Adresa e e-mailit",
                [ApplicationStep.Address] = "Adresa jashtë Kosovës dhe telefoni",
                [ApplicationStep.ReturnMethod] = "Mënyra e kthimit të fletëvotimit",
                [ApplicationStep.Documents] = "Dokumentet",
                [ApplicationStep.CheckAnswers] = "Kontrolloni përgjigjet",
            }),
        ["sr-Latn"] = new(
            new Dictionary<DecisionReason, string>
            {
                [DecisionReason.SelfieNotHoldingId] = "Na selfiju se ne vidi jasno da držite identifikacioni dokument u ruci.",
                [DecisionReason.FaceNotVisible] = "Vaše lice se ne vidi jasno na fotografiji.",
                [DecisionReason.IdDocumentUnreadable] = "Identifikacioni dokument nije čitljiv.",
                [DecisionReason.IdDocumentNotAccepted] = "Ovaj identifikacioni dokument se ne prihvata: koristite kosovsku ličnu kartu, pasoš ili vozačku dozvolu.",
                [DecisionReason.ProofOfAddressMissing] = "Nedostaje dokaz o adresi u inostranstvu.",
                [DecisionReason.ProofOfAddressMismatch] = "Dokaz o adresi se ne slaže sa adresom koju ste upisali.",
                [DecisionReason.PersonMismatch] = "Osoba na fotografiji se ne slaže sa identifikacionim dokumentom.",
                [DecisionReason.NotEligible] = "Ne ispunjavate uslove za glasanje van Kosova na ovim izborima.",
                [DecisionReason.Duplicate] = "Za vas već postoji druga prijava.",
                [DecisionReason.Other] = "Drugi razlog (pogledajte napomenu ispod).",
            },
            new Dictionary<ApplicationStep, string>
            {
                [ApplicationStep.Selfie] = "Vaša fotografija (selfi)",
                [ApplicationStep.Email] = "Adresa e-pošte",
                [ApplicationStep.Address] = "Adresa van Kosova i telefon",
                [ApplicationStep.ReturnMethod] = "Način vraćanja glasačkog listića",
                [ApplicationStep.Documents] = "Dokumenti",
                [ApplicationStep.CheckAnswers] = "Proverite odgovore",
            }),
        ["en"] = new(
            new Dictionary<DecisionReason, string>
            {
                [DecisionReason.SelfieNotHoldingId] = "The selfie does not clearly show you holding your identity document.",
                [DecisionReason.FaceNotVisible] = "Your face is not clearly visible in the photo.",
                [DecisionReason.IdDocumentUnreadable] = "The identity document cannot be read.",
                [DecisionReason.IdDocumentNotAccepted] = "This identity document is not accepted: use a Kosovo ID card, passport or driving licence.",
                [DecisionReason.ProofOfAddressMissing] = "The proof of your address abroad is missing.",
                [DecisionReason.ProofOfAddressMismatch] = "The proof of address does not match the address you entered.",
                [DecisionReason.PersonMismatch] = "The person in the photo does not match the identity document.",
                [DecisionReason.NotEligible] = "You are not eligible to vote from outside Kosovo in this election.",
                [DecisionReason.Duplicate] = "Another application already exists for you.",
                [DecisionReason.Other] = "Another reason (see the note below).",
            },
            new Dictionary<ApplicationStep, string>
            {
                [ApplicationStep.Selfie] = "Your photo (selfie)",
                [ApplicationStep.Email] = "E-mail address",
                [ApplicationStep.Address] = "Address abroad and phone",
                [ApplicationStep.ReturnMethod] = "How your ballot comes back",
                [ApplicationStep.Documents] = "Documents",
                [ApplicationStep.CheckAnswers] = "Check your answers",
            }),
    };

    public static string Reason(string language, DecisionReason reason) => ByLanguage[language].Reasons[reason];

    public static string Step(string language, ApplicationStep step) => ByLanguage[language].Steps[step];

    private sealed record Names(IReadOnlyDictionary<DecisionReason, string> Reasons, IReadOnlyDictionary<ApplicationStep, string> Steps);
}
