using System.Net.Mail;
using KosovoElections.Application.Email;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Email.Templates;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>Both senders behind IEmailSender: SMTP against a real server (aiosmtpd), and .eml files in a folder.</summary>
public sealed class EmailSenderTests
{
    private const string Subject = "Kodi – Gjakovë/Đakovica, Graçanicë/Gračanica, Shtërpcë/Štrpce";
    private static readonly EmailMessage Letter = new(
        "blerta.shala@example.org",
        Subject,
        "Përshëndetje! ë ç š đ Ë Ç Š Đ\r\nKodi: 042917",
        "<p>Përshëndetje! <b>ë ç š đ Ë Ç Š Đ</b></p><p>Kodi: 042917</p>",
        "sq");

    [Fact]
    public async Task SendAsync_RealSmtpServer_DeliversUtf8SubjectAndTextAndHtmlParts()
    {
        using var server = await SmtpListener.StartAsync();
        var sender = new SmtpEmailSender(new EmailOptions { From = "noreply@kqz-ks.org", Smtp = { Host = "127.0.0.1", Port = server.Port } });

        await sender.SendAsync(Letter);

        var mail = Assert.Single(await server.WaitForAsync(1));
        Assert.Equal(Subject, mail.Subject);
        Assert.Contains("blerta.shala@example.org", mail.To, StringComparison.Ordinal);
        Assert.Contains("multipart/alternative", mail.Headers["Content-Type"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("sq", mail.Headers["Content-Language"]);
        Assert.Contains("Përshëndetje! ë ç š đ Ë Ç Š Đ", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<b>ë ç š đ Ë Ç Š Đ</b>", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoServerOnThePort_Throws()
    {
        var sender = new SmtpEmailSender(new EmailOptions { Smtp = { Host = "127.0.0.1", Port = PostgresServer.FreePort() } });

        await Assert.ThrowsAsync<SmtpException>(() => sender.SendAsync(Letter));
    }

    [Fact]
    public async Task SendAsync_NoSmtpHost_WritesAnEmlFileWithBothParts()
    {
        var folder = new MailPickupFolder(Path.Combine(Path.GetTempPath(), "ke-mail-" + Guid.NewGuid().ToString("N")[..8]));
        var sender = new PickupDirectoryEmailSender(new EmailOptions(), folder);

        await sender.SendAsync(Letter);

        var listed = Assert.Single(folder.List());
        Assert.EndsWith(".eml", listed.Name, StringComparison.Ordinal);
        Assert.Equal(Subject, listed.Subject);
        Assert.Contains("blerta.shala@example.org", listed.To, StringComparison.Ordinal);
        var mail = folder.Read(listed.Name)!;
        Assert.Contains("ë ç š đ Ë Ç Š Đ", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<b>ë ç š đ Ë Ç Š Đ</b>", mail.Html, StringComparison.Ordinal);
        Directory.Delete(folder.Path, recursive: true);
    }

    [Theory]
    [InlineData("../secret.eml")]
    [InlineData("..%2Fsecret.eml")]
    [InlineData("/etc/passwd")]
    [InlineData("mail.txt")]
    public void Read_NameOutsideThePickupFolder_IsRefused(string name) =>
        Assert.Null(new MailPickupFolder(Path.GetTempPath()).Read(name));

    [Theory]
    [InlineData("sq", "Kodi për verifikimin", "Kodi vlen 10 minuta")]
    [InlineData("sr-Latn", "Kod za potvrđivanje", "Kod važi 10 minuta")]
    [InlineData("en", "Code to verify", "valid for 10 minutes")]
    [InlineData("de", "Kodi për verifikimin", "Kodi vlen 10 minuta")]
    public void VerificationCode_Language_WritesThatLanguageWithTheCodeOnlyInTheBodies(string language, string subject, string validity)
    {
        var message = new EmailTemplates().VerificationCode("a@example.org", language, "042917", TimeSpan.FromMinutes(10));

        Assert.StartsWith(subject, message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("042917", message.Subject, StringComparison.Ordinal);
        Assert.Contains("042917", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("042917", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(validity, message.TextBody, StringComparison.Ordinal);
        Assert.Equal(language == "de" ? "sq" : language, message.Language);
    }
}
