using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KosovoElections.Application.Email;

namespace KosovoElections.Infrastructure.Email.Templates;

/// <summary>
/// The e-mails' texts. A C# table rather than resx: the compiler sees that every language has every text (a missing
/// one cannot silently fall back to another language in a letter: the record's constructor asks each language for
/// every text), and no satellite assemblies are needed in Infrastructure.
/// </summary>
public sealed partial class EmailTemplates : IEmailTemplates
{
    private const string DefaultLanguage = "sq";

    // Albanian and Serbian letters stay as they are in the HTML instead of becoming numeric entities.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Dictionary<string, VerificationCodeTexts> VerificationCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sq"] = new(
            Subject: "Kodi për verifikimin e adresës elektronike – KQZ",
            Lead: "Kodi juaj për verifikimin e adresës elektronike është:",
            Validity: "Kodi vlen {0} minuta dhe mund të përdoret vetëm një herë.",
            Ignore: "Nëse nuk e keni kërkuar këtë kod, injorojeni këtë mesazh. Mos ia tregoni kodin askujt.",
            Signature: "Komisioni Qendror i Zgjedhjeve"),
        ["sr-Latn"] = new(
            Subject: "Kod za potvrđivanje adrese e-pošte – CIK",
            Lead: "Vaš kod za potvrđivanje adrese e-pošte je:",
            Validity: "Kod važi {0} minuta i može se iskoristiti samo jednom.",
            Ignore: "Ako niste zatražili ovaj kod, zanemarite ovu poruku. Ne delite kod ni sa kim.",
            Signature: "Centralna izborna komisija"),
        ["en"] = new(
            Subject: "Code to verify your e-mail address – CEC",
            Lead: "Your code to verify your e-mail address is:",
            Validity: "The code is valid for {0} minutes and can be used only once.",
            Ignore: "If you did not ask for this code, ignore this message. Do not share the code with anyone.",
            Signature: "Central Election Commission"),
    };

    private static readonly Dictionary<string, SubmissionTexts> Submissions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sq"] = new(
            // "u pranua" would read as "was approved": the letter only says that the application arrived.
            Subject: "Morëm aplikimin tuaj – KQZ",
            Lead: "Morëm aplikimin tuaj për të votuar jashtë Kosovës në \"{0}\". Numri i referencës:",
            Next: "Ruajeni këtë numër. KQZ do ta shqyrtojë aplikimin dhe do t'ju njoftojë me e-mail. Statusin mund ta shihni kur identifikoheni.\r\n"
                + "Pasi aplikimi të miratohet, shtypni dëftesën e regjistrimit dhe vendoseni në pakon e votimit bashkë me fletëvotimin. Pa dëftesën, fletëvotimi juaj refuzohet.",
            Signature: "Komisioni Qendror i Zgjedhjeve"),
        ["sr-Latn"] = new(
            Subject: "Vaša prijava je primljena – CIK",
            Lead: "Vaša prijava za glasanje van Kosova za \"{0}\" je primljena. Referentni broj:",
            Next: "Sačuvajte ovaj broj. CIK će razmotriti prijavu i obavestiti vas e-poštom. Status možete videti kada se prijavite.\r\n"
                + "Kada prijava bude odobrena, odštampajte potvrdu o registraciji i stavite je u paket za glasanje zajedno sa glasačkim listićem. Bez potvrde vaš glasački listić se odbija.",
            Signature: "Centralna izborna komisija"),
        ["en"] = new(
            Subject: "Your application was received – CEC",
            Lead: "Your application to vote from outside Kosovo in \"{0}\" was received. Reference number:",
            Next: "Keep this number. The CEC will review your application and tell you by e-mail. You can see its status when you sign in.\r\n"
                + "Once your application is approved, print your registration receipt and put it into the ballot package with your ballot. Without the receipt, your ballot is rejected.",
            Signature: "Central Election Commission"),
    };

    public static IReadOnlyCollection<string> Languages => VerificationCodes.Keys;

    public EmailMessage VerificationCode(string to, string language, string code, TimeSpan validFor)
    {
        var key = LanguageOf(language);
        var texts = VerificationCodes[key];
        var validity = string.Format(CultureInfo.InvariantCulture, texts.Validity, (int)validFor.TotalMinutes);
        return Letter(to, key, texts.Subject, [new(texts.Lead), new(code, Prominent: true), new(validity + "\r\n" + texts.Ignore), new(texts.Signature)]);
    }

    public EmailMessage ApplicationSubmitted(string to, string language, string referenceNumber, string electionName)
    {
        var key = LanguageOf(language);
        var texts = Submissions[key];
        return Letter(to, key, texts.Subject, [new(string.Format(CultureInfo.InvariantCulture, texts.Lead, electionName)), new(referenceNumber, Prominent: true), new(texts.Next), new(texts.Signature)]);
    }

    private static string LanguageOf(string language) =>
        VerificationCodes.Keys.FirstOrDefault(k => string.Equals(k, language, StringComparison.OrdinalIgnoreCase)) ?? DefaultLanguage;

    /// <summary>One letter as plain text and as HTML with the same paragraphs; prominent ones are codes to copy.</summary>
    private static EmailMessage Letter(string to, string language, string subject, IReadOnlyList<Paragraph> paragraphs)
    {
        var text = string.Join("\r\n\r\n", paragraphs.Select(p => p.Prominent ? "    " + p.Text : p.Text)) + "\r\n";
        var body = string.Concat(paragraphs.Select(p => p switch
        {
            { Link: true } => $"<p><a href=\"{Html.Encode(p.Text)}\">{Html.Encode(p.Text)}</a></p>",
            { Prominent: true } => $"<p style=\"font-size: 32px; font-weight: bold; letter-spacing: 6px;\">{Html.Encode(p.Text)}</p>",
            _ => $"<p>{Html.Encode(p.Text).Replace("\r\n", "<br>", StringComparison.Ordinal)}</p>",
        }));
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{Html.Encode(subject)}</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 16px; color: #0b0c0c;">{body}</body></html>
            """;
        return new EmailMessage(to, subject, text, html, language);
    }

    /// <param name="Link">An address to open, written out in the text and a link in the HTML.</param>
    private sealed record Paragraph(string Text, bool Prominent = false, bool Link = false);

    private sealed record SubmissionTexts(string Subject, string Lead, string Next, string Signature);

    private sealed record VerificationCodeTexts(string Subject, string Lead, string Validity, string Ignore, string Signature);
}
