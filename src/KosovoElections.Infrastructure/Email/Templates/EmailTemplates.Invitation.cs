using System.Globalization;
using KosovoElections.Application.Email;
using KosovoElections.Domain.Staff;

namespace KosovoElections.Infrastructure.Email.Templates;

/// <summary>The staff invitation (issue 14): the role, the single-use set-password link and when it lapses.</summary>
public sealed partial class EmailTemplates
{
    private static readonly Dictionary<string, InvitationTexts> Invitations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sq"] = new(
            Subject: "Ftesë për në zyrën e KQZ-së",
            Lead: "Jeni ftuar të punoni në zyrën e KQZ-së për regjistrimin e votuesve jashtë Kosovës, me rolin: {0}.",
            Action: "Hapni këtë lidhje për të zgjedhur fjalëkalimin tuaj:",
            Validity: "Lidhja vlen deri më {0} (ora e Kosovës) dhe mund të përdoret vetëm një herë. Pastaj identifikohuni me adresën tuaj elektronike dhe fjalëkalimin; në identifikimin e parë do të lidhni aplikacionin e vërtetimit në telefon.",
            Ignore: "Nëse nuk e prisnit këtë ftesë, injorojeni këtë mesazh dhe mos ia jepni lidhjen askujt.",
            Signature: "Komisioni Qendror i Zgjedhjeve",
            Roles: new() { [StaffRole.Reviewer] = "Shqyrtues", [StaffRole.Supervisor] = "Mbikëqyrës", [StaffRole.Admin] = "Administrator", [StaffRole.DataEntry] = "Operator i futjes së të dhënave" }),
        ["sr-Latn"] = new(
            Subject: "Poziv u kancelariju CIK-a",
            Lead: "Pozvani ste da radite u kancelariji CIK-a za registraciju birača van Kosova, sa ulogom: {0}.",
            Action: "Otvorite ovu vezu da biste izabrali lozinku:",
            Validity: "Veza važi do {0} (po kosovskom vremenu) i može se iskoristiti samo jednom. Zatim se identifikujte adresom e-pošte i lozinkom; pri prvoj identifikaciji povezaćete aplikaciju za autentifikaciju na telefonu.",
            Ignore: "Ako niste očekivali ovaj poziv, zanemarite ovu poruku i ne delite vezu ni sa kim.",
            Signature: "Centralna izborna komisija",
            Roles: new() { [StaffRole.Reviewer] = "Službenik za razmatranje prijava", [StaffRole.Supervisor] = "Supervizor", [StaffRole.Admin] = "Administrator", [StaffRole.DataEntry] = "Operater za unos podataka" }),
        ["en"] = new(
            Subject: "Invitation to the CEC office",
            Lead: "You have been invited to work in the CEC office for the registration of voters outside Kosovo, as: {0}.",
            Action: "Open this link to choose your password:",
            Validity: "The link is valid until {0} (Kosovo time) and works only once. Then sign in with your e-mail address and password; at the first sign-in you will set up an authenticator app on your phone.",
            Ignore: "If you did not expect this invitation, ignore this message and do not share the link with anyone.",
            Signature: "Central Election Commission",
            Roles: new() { [StaffRole.Reviewer] = "Reviewer", [StaffRole.Supervisor] = "Supervisor", [StaffRole.Admin] = "Administrator", [StaffRole.DataEntry] = "Data-entry operator" }),
    };

    public EmailMessage StaffInvitation(string to, string language, string link, StaffRole role, DateTime expiresUtc)
    {
        var key = LanguageOf(language);
        var texts = Invitations[key];
        var expires = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(expiresUtc, DateTimeKind.Utc), Kosovo).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        return Letter(to, key, texts.Subject,
        [
            new(string.Format(CultureInfo.InvariantCulture, texts.Lead, texts.Roles[role])), new(texts.Action), new(link, Link: true),
            new(string.Format(CultureInfo.InvariantCulture, texts.Validity, expires) + "\r\n" + texts.Ignore), new(texts.Signature),
        ]);
    }

    private sealed record InvitationTexts(string Subject, string Lead, string Action, string Validity, string Ignore, string Signature, Dictionary<StaffRole, string> Roles);
}
