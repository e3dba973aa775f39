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
public sealed class EmailTemplates : IEmailTemplates
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

    public static IReadOnlyCollection<string> Languages => VerificationCodes.Keys;

    public EmailMessage VerificationCode(string to, string language, string code, TimeSpan validFor)
    {
        var key = VerificationCodes.ContainsKey(language) ? VerificationCodes.Keys.First(k => string.Equals(k, language, StringComparison.OrdinalIgnoreCase)) : DefaultLanguage;
        var texts = VerificationCodes[key];
        var validity = string.Format(CultureInfo.InvariantCulture, texts.Validity, (int)validFor.TotalMinutes);
        var text = $"{texts.Lead}\r\n\r\n    {code}\r\n\r\n{validity}\r\n{texts.Ignore}\r\n\r\n{texts.Signature}\r\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{key}"><head><meta charset="utf-8"><title>{Html.Encode(texts.Subject)}</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 16px; color: #0b0c0c;">
            <p>{Html.Encode(texts.Lead)}</p>
            <p style="font-size: 32px; font-weight: bold; letter-spacing: 6px;">{Html.Encode(code)}</p>
            <p>{Html.Encode(validity)}<br>{Html.Encode(texts.Ignore)}</p>
            <p>{Html.Encode(texts.Signature)}</p>
            </body></html>
            """;
        return new EmailMessage(to, texts.Subject, text, html, key);
    }

    private sealed record VerificationCodeTexts(string Subject, string Lead, string Validity, string Ignore, string Signature);
}
