using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KosovoElections.Infrastructure.Email;

namespace KosovoElections.Web.Endpoints;

internal static class DevMailEndpoint
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// GET /dev/mail lists the .eml files the local sender wrote, newest first; GET /dev/mail/{name} shows one. Mapped
    /// only in Development (elsewhere the routes do not exist, so they are 404): the files hold codes sent to people.
    /// </summary>
    public static void MapDevMailEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dev/mail", (MailPickupFolder folder, HtmlEncoder html) =>
        {
            var rows = new StringBuilder();
            foreach (var mail in folder.List())
            {
                rows.Append(CultureInfo.InvariantCulture, $"""<tr><td><a href="/dev/mail/{html.Encode(mail.Name)}">{html.Encode(mail.Subject)}</a></td><td>{html.Encode(mail.To)}</td><td>{mail.WrittenAt:yyyy-MM-dd HH:mm:ss} UTC</td></tr>""");
            }

            var body = rows.Length == 0
                ? $"<p>No mail in {html.Encode(folder.Path)} yet.</p>"
                : $"<table data-testid=\"dev-mail-list\"><thead><tr><th>Subject</th><th>To</th><th>Written</th></tr></thead><tbody>{rows}</tbody></table>";
            return Page("Mail (Development)", body);
        });

        endpoints.MapGet("/dev/mail/{name}", (string name, MailPickupFolder folder, HtmlEncoder html) =>
        {
            var mail = folder.Read(name);
            if (mail is null)
            {
                return Results.NotFound();
            }

            var body = $"""
                <p><a href="/dev/mail">All mail</a></p>
                <dl><dt>Subject</dt><dd data-testid="dev-mail-subject">{html.Encode(mail.Subject)}</dd><dt>To</dt><dd>{html.Encode(mail.To)}</dd>
                <dt>Language</dt><dd>{html.Encode(mail.Headers.GetValueOrDefault("Content-Language", ""))}</dd></dl>
                <h2>Text</h2><pre data-testid="dev-mail-text">{html.Encode(mail.Text ?? "")}</pre>
                <h2>HTML</h2><iframe sandbox="" title="HTML body" style="width:100%;height:24rem;border:1px solid #b1b4b6" srcdoc="{html.Encode(mail.Html ?? "")}"></iframe>
                """;
            return Page(mail.Subject, body);
        });
    }

    private static IResult Page(string title, string body) =>
        Results.Content(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{Encoder.Encode(title)}</title></head>
            <body style="font-family:Arial,sans-serif;margin:1rem"><h1>{Encoder.Encode(title)}</h1>{body}</body></html>
            """,
            "text/html; charset=utf-8");
}
