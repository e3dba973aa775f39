using System.Security.Cryptography;
using System.Text;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Postal;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>Paper applications entered by staff, through the real pipeline, store and audit, on both providers (issue 15).</summary>
public abstract class EnterPostalApplicationTests(DataFixture fixture)
{
    private readonly PostalSeed _seed = new(fixture);

    private EnterPostalApplication Enter => fixture.Get<EnterPostalApplication>();

    [Fact]
    public async Task Enter_ByPost_IsSubmittedInTheQueueWithItsChannelDatesDocumentsAndAudit()
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var today = DateOnly.FromDateTime(fixture.Clock.UtcNow);
        var pdf = ScannedPdf.Make(3);

        var result = await Enter.HandleAsync(new EnterPostalCommand(supervisor, _seed.Form(number, today, today.AddDays(-4)), PostalSeed.Documents(pdf)));

        Assert.Equal(PostalEntryStatus.Entered, result.Status);
        await using var db = await fixture.Db.CreateAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == result.ApplicationId);
        Assert.Equal((ApplicationStatus.Submitted, ApplicationChannel.Post, supervisor.StaffId), (application.Status, application.Channel, application.EnteredBy));
        Assert.Equal((today, today.AddDays(-4)), (application.ReceivedOn!.Value, application.PostmarkedOn!.Value));
        Assert.Equal(result.ReferenceNumber, application.ReferenceNumber);
        Assert.Equal(RegistryPeople.Municipality, application.MunicipalityId);
        Assert.Null(application.Email);
        Assert.Null(application.Phone);
        Assert.Equal(new AddressAbroad("DE", "Stuttgart", $"Königstraße {number[^4..]}", "70173"), application.Address);

        var documents = await db.Documents.Where(d => d.ApplicationId == application.Id).OrderBy(d => d.Kind).ToListAsync();
        Assert.Equal([(DocumentKind.IdDocument, DocumentFormat.Jpeg, 1), (DocumentKind.ProofOfAddress, DocumentFormat.Pdf, 3)], documents.Select(d => (d.Kind, d.Format, d.Pages)));
        var store = fixture.Get<IDocumentStore>();
        Assert.Equal(pdf, await store.ReadAsync(documents[1].ImageRef));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), documents[1].Sha256);
        var jpeg = await store.ReadAsync(documents[0].ImageRef);
        Assert.Equal(documents[0].Sha256, Convert.ToHexStringLower(SHA256.HashData(jpeg!)));
        Assert.NotEqual(documents[0].ImageRef, documents[0].ThumbnailRef);
        Assert.Equal((1200, 900), (documents[0].Width, documents[0].Height));

        var audit = await db.AuditEvents.Where(e => e.ApplicationId == application.Id).ToListAsync();
        var entered = Assert.Single(audit, e => e.Action == AuditActions.Staff.PaperApplicationEntered);
        Assert.Equal(supervisor.StaffId.ToString(), entered.Actor);
        Assert.Contains("channel=Post", entered.Details);
        Assert.DoesNotContain(number, string.Join(' ', audit.Select(e => e.Details)));
    }

    [Fact]
    public async Task Enter_ByEmailWithAddressAndPhone_KeepsThemForTheDecisionMail()
    {
        await _seed.ElectionAsync();
        var admin = await _seed.StaffAsync(StaffRole.Admin);
        var number = await _seed.PersonAsync();
        var form = _seed.Form(number, channel: "Email");
        (form.Email, form.Phone) = (" Drita.Berisha@Example.ORG ", "0711 234567");

        var result = await Enter.HandleAsync(new EnterPostalCommand(admin, form, PostalSeed.Documents()));

        Assert.Equal(PostalEntryStatus.Entered, result.Status);
        await using var db = await fixture.Db.CreateAsync();
        var application = await db.Applications.SingleAsync(a => a.Id == result.ApplicationId);
        Assert.Equal((ApplicationChannel.Email, "drita.berisha@example.org", "+49711234567"), (application.Channel, application.Email, application.Phone));
        Assert.Null(application.PostmarkedOn);
    }

    [Fact]
    public async Task Enter_PersonNotInRegistryOrWrongDate_IsRefusedAudited_AndSavesNothing()
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var wrongDate = _seed.Form(number);
        wrongDate.BirthDay = "15";

        Assert.Equal(PostalEntryStatus.NotRecognised, (await Enter.HandleAsync(new EnterPostalCommand(supervisor, wrongDate, PostalSeed.Documents()))).Status);
        Assert.Equal(PostalEntryStatus.NotRecognised, (await Enter.HandleAsync(new EnterPostalCommand(supervisor, _seed.Form("5799999999"), PostalSeed.Documents()))).Status);

        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.Applications.AnyAsync(a => a.PersonalNumber == number));
        var refusals = await db.AuditEvents.Where(e => e.Action == AuditActions.Staff.PaperApplicationRefused && e.Actor == supervisor.StaffId.ToString()).ToListAsync();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.EndsWith("NotRecognised", r.Details));
    }

    [Theory]
    [InlineData(RegistryStatus.Deceased, 1988, PostalEntryStatus.NotActive)]
    [InlineData(RegistryStatus.Active, 2010, PostalEntryStatus.UnderAge)]
    public async Task Enter_PersonTheOnlineRulesRefuse_IsRefusedTheSameWay(RegistryStatus status, int bornIn, PostalEntryStatus expected)
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync(new DateOnly(bornIn, 6, 14), status);
        var form = _seed.Form(number);
        form.BirthYear = $"{bornIn}";

        var result = await Enter.HandleAsync(new EnterPostalCommand(supervisor, form, PostalSeed.Documents()));

        Assert.Equal(expected, result.Status);
        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.Applications.AnyAsync(a => a.PersonalNumber == number));
    }

    [Fact]
    public async Task Enter_SamePersonSecondPaperForm_IsRefusedWithTheFirstReference()
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var first = await Enter.HandleAsync(new EnterPostalCommand(supervisor, _seed.Form(number), PostalSeed.Documents()));

        var second = await Enter.HandleAsync(new EnterPostalCommand(supervisor, _seed.Form(number, channel: "Email"), PostalSeed.Documents()));

        Assert.Equal((PostalEntryStatus.AlreadyEntered, first.ReferenceNumber), (second.Status, second.ReferenceNumber));
        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(1, await db.Applications.CountAsync(a => a.PersonalNumber == number));
    }

    [Fact]
    public async Task Enter_ByReviewer_IsNotPermitted()
    {
        await _seed.ElectionAsync();
        var reviewer = await _seed.StaffAsync(StaffRole.Reviewer);
        var number = await _seed.PersonAsync();

        var result = await Enter.HandleAsync(new EnterPostalCommand(reviewer, _seed.Form(number), PostalSeed.Documents()));

        Assert.Equal(PostalEntryStatus.NotPermitted, result.Status);
        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.Applications.AnyAsync(a => a.PersonalNumber == number));
    }

    // The files are made in the test, not in the theory's data: xUnit would serialise megabytes into each case's name.
    [Theory]
    [InlineData("eleven pages", "bill.pdf", "PdfProblem_TooManyPages")]
    [InlineData("JavaScript", "bill.pdf", "PdfProblem_Active")]
    [InlineData("an action on opening", "bill.pdf", "PdfProblem_Active")]
    [InlineData("a name written with escapes", "bill.pdf", "PdfProblem_Active")]
    [InlineData("JavaScript in a compressed object stream", "bill.pdf", "PdfProblem_Active")]
    [InlineData("an embedded file", "bill.pdf", "PdfProblem_Active")]
    [InlineData("a launch action", "bill.pdf", "PdfProblem_Active")]
    [InlineData("no trailer", "bill.pdf", "PdfProblem_Broken")]
    [InlineData("no page", "bill.pdf", "PdfProblem_NoPages")]
    [InlineData("a JPEG named .pdf", "bill.pdf", "UploadProblem_NameDoesNotMatch")]
    [InlineData("a PDF named .jpg", "bill.jpg", "UploadProblem_NameDoesNotMatch")]
    [InlineData("HTML named .jpg", "bill.jpg", "UploadProblem_NotAccepted")]
    [InlineData("a PNG", "bill.png", "UploadProblem_NotAccepted")]
    [InlineData("a PDF over 10 MB", "bill.pdf", "PdfProblem_TooLarge")]
    public async Task Enter_HostileProofOfAddress_IsRefusedAtItsFieldAndSavesNothing(string what, string name, string expected)
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();

        var result = await Enter.HandleAsync(new EnterPostalCommand(supervisor, _seed.Form(number), PostalSeed.Documents(HostileFile(what), name)));

        Assert.True(result.Status == PostalEntryStatus.Invalid, what);
        var error = Assert.Single(result.Errors.Errors);
        Assert.Equal(("ProofOfAddressFile", expected), (error.PropertyName, error.ErrorMessage));
        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.Applications.AnyAsync(a => a.PersonalNumber == number));
    }

    public static byte[] HostileFile(string what) => what switch
    {
        "eleven pages" => ScannedPdf.Make(11),
        "JavaScript" => ScannedPdf.Make(1, "/Names << /JavaScript 9 0 R >>"),
        "an action on opening" => ScannedPdf.Make(1, "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
        "a name written with escapes" => ScannedPdf.Make(1, "/J#61vaScript 9 0 R"),
        "JavaScript in a compressed object stream" => ScannedPdf.Make(1, hidden: "<< /S /JavaScript /JS (app.alert(1)) >>"),
        "an embedded file" => ScannedPdf.Make(1, extraObject: "<< /Type /EmbeddedFile /Length 0 >>"),
        "a launch action" => ScannedPdf.Make(1, extraObject: "<< /S /Launch /F (calc.exe) >>"),
        "no trailer" => ScannedPdf.Make(1)[..^30],
        "no page" => ScannedPdf.Make(0),
        "a JPEG named .pdf" => PostalSeed.Photo,
        "a PDF named .jpg" => ScannedPdf.Make(1),
        "HTML named .jpg" => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
        "a PNG" => [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0],
        "a PDF over 10 MB" => ScannedPdf.Make(1, "/Padding (" + new string('x', PdfScan.MaxBytes) + ")"),
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Fact]
    public async Task Enter_OversizedJpegAndNoProof_AreBothNamed()
    {
        await _seed.ElectionAsync();
        var supervisor = await _seed.StaffAsync(StaffRole.Supervisor);
        var number = await _seed.PersonAsync();
        var huge = PostalSeed.Photo.Concat(new byte[ImageLimits.MaxBytes]).ToArray();

        var result = await Enter.HandleAsync(new EnterPostalCommand(supervisor, _seed.Form(number), [new(DocumentKind.IdDocument, DocumentSubtype.Passport, "id.jpeg", huge)]));

        Assert.Equal(PostalEntryStatus.Invalid, result.Status);
        Assert.Equal(
            [("ProofOfAddressFile", "Postal_ProofOfAddressRequired"), ("IdDocumentFile", "ImageProblem_TooLarge")],
            result.Errors.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }
}

public sealed class EnterPostalApplicationTestsOnSqlite(SqliteFixture fixture) : EnterPostalApplicationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class EnterPostalApplicationTestsOnPostgres(PostgresFixture fixture) : EnterPostalApplicationTests(fixture), IClassFixture<PostgresFixture>;
