using System.Net.Sockets;
using KosovoElections.Application.Email;
using KosovoElections.Infrastructure.Email;
using KosovoElections.Infrastructure.Email.Templates;
using KosovoElections.IntegrationTests.Fixtures;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace KosovoElections.IntegrationTests.Email;

/// <summary>Both senders behind IEmailSender: SMTP (MailKit) against a real server (aiosmtpd, plain or STARTTLS), and .eml files in a folder.</summary>
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
        var sender = Sender(server.Port);

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
    public async Task SendAsync_RealSmtpServer_IsMultipartAlternativeTextThenHtmlWithIdDateAndAutoSubmitted()
    {
        using var server = await SmtpListener.StartAsync();
        var sentAt = new DateTimeOffset(2027, 3, 14, 9, 26, 53, TimeSpan.Zero);

        await Sender(server.Port, new TestClock(sentAt)).SendAsync(Letter);

        var mail = Assert.Single(await server.WaitForAsync(1)).Message;
        var body = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Collection(
            body,
            part => Assert.Equal("text/plain", part.ContentType.MimeType),
            part => Assert.Equal("text/html", part.ContentType.MimeType));
        Assert.All(body, part => Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true));
        Assert.EndsWith("@kqz-ks.org", mail.MessageId, StringComparison.Ordinal);
        Assert.Equal(sentAt, mail.Date);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Equal("noreply@kqz-ks.org", mail.From.Mailboxes.Single().Address);
    }

    [Theory]
    [InlineData("Kodi i verifikimit: ë ç")]
    [InlineData("Šifra za potvrdu: đ ž č ć")]
    public async Task SendAsync_AlbanianOrSerbianSubject_TravelsAsUtf8EncodedWordsAndDecodesBackEqual(string subject)
    {
        using var server = await SmtpListener.StartAsync();

        await Sender(server.Port).SendAsync(Letter with { Subject = subject });

        var mail = Assert.Single(await server.WaitForAsync(1));
        Assert.Equal(subject, mail.Subject);
        var raw = mail.Message.Headers.First(h => h.Id == HeaderId.Subject).RawValue;
        Assert.All(raw, b => Assert.True(b < 0x80, "the Subject header on the wire is 7-bit"));
        Assert.Contains("=?utf-8?", System.Text.Encoding.ASCII.GetString(raw), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SendAsync_NoServerOnThePort_Throws()
    {
        var sender = Sender(PostgresServer.FreePort());

        var refused = await Assert.ThrowsAsync<SocketException>(() => sender.SendAsync(Letter));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public async Task SendAsync_StartTlsWithThePinnedSelfSignedCertificate_Delivers()
    {
        using var certificate = TestCertificate.SelfSigned();
        using var server = await SmtpListener.StartAsync(new SmtpListenerSetup(certificate));

        await Sender(server.Port, security: SmtpSecurity.StartTls, pin: TestCertificate.Sha256(certificate)).SendAsync(Letter);

        Assert.Equal(Subject, Assert.Single(await server.WaitForAsync(1)).Subject);
    }

    [Fact]
    public async Task SendAsync_StartTlsCertificateNotTrusted_IsRefusedAndNothingDelivered()
    {
        using var certificate = TestCertificate.SelfSigned();
        using var server = await SmtpListener.StartAsync(new SmtpListenerSetup(certificate));

        await Assert.ThrowsAsync<SslHandshakeException>(() => Sender(server.Port, security: SmtpSecurity.StartTls).SendAsync(Letter));

        Assert.Equal(1, server.Connections);
        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task SendAsync_PinOfAnotherCertificate_IsRefusedAndNothingDelivered()
    {
        using var certificate = TestCertificate.SelfSigned();
        using var other = TestCertificate.SelfSigned();
        using var server = await SmtpListener.StartAsync(new SmtpListenerSetup(certificate));

        var sender = Sender(server.Port, security: SmtpSecurity.StartTls, pin: TestCertificate.Sha256(other));

        await Assert.ThrowsAsync<SslHandshakeException>(() => sender.SendAsync(Letter));
        Assert.Empty(server.Messages());
    }

    [Fact]
    public async Task SendAsync_StartTlsRequiredButTheRelayOffersNone_IsRefusedAndNothingDelivered()
    {
        using var server = await SmtpListener.StartAsync();

        await Assert.ThrowsAsync<NotSupportedException>(() => Sender(server.Port, security: SmtpSecurity.StartTls).SendAsync(Letter));

        Assert.Empty(server.Messages());
    }

    [Fact]
    public void Constructor_DefaultSecurity_IsStartTls() =>
        Assert.Equal(SmtpSecurity.StartTls, new EmailOptions().Smtp.Security);

    [Fact]
    public void Constructor_CredentialsWithoutTls_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new SmtpEmailSender(
            new EmailOptions { Smtp = { Host = "127.0.0.1", Security = SmtpSecurity.None, UserName = "kqz", Password = "secret" } }, TimeProvider.System));

    [Fact]
    public async Task OpenBatchAsync_TenMessages_DeliversAllOverOneConnection()
    {
        using var server = await SmtpListener.StartAsync();
        var sender = Sender(server.Port);

        await using (var batch = await sender.OpenBatchAsync())
        {
            for (var i = 0; i < 10; i++)
            {
                await batch.SendAsync(Letter with { Subject = $"Kodi {i}" });
            }
        }

        Assert.Equal(10, (await server.WaitForAsync(10)).Count);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task OpenBatchAsync_OneRecipientRefused_TheOthersAreStillDelivered()
    {
        using var server = await SmtpListener.StartAsync();
        var sender = Sender(server.Port);

        await using (var batch = await sender.OpenBatchAsync())
        {
            await batch.SendAsync(Letter with { Subject = "first" });
            var refused = await Assert.ThrowsAsync<SmtpCommandException>(() => batch.SendAsync(Letter with { To = "refused@example.org", Subject = "refused" }));
            Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
            await batch.SendAsync(Letter with { Subject = "last" });
        }

        Assert.Equal(["first", "last"], (await server.WaitForAsync(2)).Select(m => m.Subject));
    }

    [Fact]
    public async Task SendAsync_NoSmtpHost_WritesAnEmlFileWithBothParts()
    {
        var folder = new MailPickupFolder(Path.Combine(Path.GetTempPath(), "ke-mail-" + Guid.NewGuid().ToString("N")[..8]));
        var sender = new PickupDirectoryEmailSender(new EmailOptions(), folder, TimeProvider.System);

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

    [Fact]
    public async Task SendAsync_NoSmtpHost_WritesTheSameMimeMessageWithIdAndAutoSubmitted()
    {
        var folder = new MailPickupFolder(Path.Combine(Path.GetTempPath(), "ke-mail-" + Guid.NewGuid().ToString("N")[..8]));

        await new PickupDirectoryEmailSender(new EmailOptions(), folder, TimeProvider.System).SendAsync(Letter);

        var mail = folder.Read(Assert.Single(folder.List()).Name)!.Message;
        Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.False(string.IsNullOrEmpty(mail.MessageId));
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.partial"));
        Directory.Delete(folder.Path, recursive: true);
    }

    private static SmtpEmailSender Sender(int port, TimeProvider? clock = null, SmtpSecurity security = SmtpSecurity.None, string? pin = null) =>
        new(
            new EmailOptions
            {
                From = "noreply@kqz-ks.org",
                Smtp = { Host = "127.0.0.1", Port = port, Security = security, PinnedCertificateSha256 = pin, Timeout = TimeSpan.FromSeconds(10) },
            },
            clock ?? TimeProvider.System);

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

    [Theory]
    [InlineData("sq", "Morëm aplikimin tuaj – KQZ", "Pa dëftesën, fletëvotimi juaj refuzohet.")]
    [InlineData("sr-Latn", "Vaša prijava je primljena – CIK", "Bez potvrde vaš glasački listić se odbija.")]
    [InlineData("en", "Your application was received – CEC", "Without the receipt, your ballot is rejected.")]
    public void ApplicationSubmitted_Language_SaysReceivedNotApprovedAndThatTheReceiptMustGoInThePackage(string language, string subject, string receipt)
    {
        var message = new EmailTemplates().ApplicationSubmitted("a@example.org", language, "K7M-4QX-9", "Zgjedhjet lokale 2027");

        Assert.Equal(subject, message.Subject);
        Assert.DoesNotContain("pranua", message.Subject + message.TextBody, StringComparison.Ordinal);
        Assert.Contains("K7M-4QX-9", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(receipt, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(receipt, System.Net.WebUtility.HtmlDecode(message.HtmlBody), StringComparison.Ordinal);
    }
}
