using KosovoElections.Application.Documents;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Images;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Capture;

/// <summary>A live capture stored for the applicant's own application, through the real pipeline and store, on both providers.</summary>
public abstract class CaptureDocumentTests(DataFixture fixture)
{
    private static readonly byte[] Photo = SyntheticPhoto.Camera(1200, 900);
    private static int _people;

    [Fact]
    public async Task Capture_GoodPhoto_IsStoredEncryptedWithFactsAndAudited()
    {
        var applicant = await NewApplicantAsync();
        var result = await CaptureAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, Photo);

        Assert.NotNull(result.DocumentId);
        await using var db = await fixture.Db.CreateAsync();
        var document = await db.Documents.SingleAsync(d => d.Id == result.DocumentId);
        Assert.Equal((1200, 900), (document.Width, document.Height));
        var stored = await fixture.Get<IDocumentStore>().ReadAsync(document.ImageRef);
        Assert.Equal(document.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored!)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ApplicationId == document.ApplicationId && e.Action == "document.captured"));
        Assert.Equal(400, (await fixture.Get<ReadOwnDocument>().HandleAsync(applicant, document.Id, thumbnail: true)) is { } thumb ? JpegWidth(thumb) : 0);
    }

    [Fact]
    public async Task Capture_Retake_ReplacesTheSlotAndDeletesTheOldImages()
    {
        var applicant = await NewApplicantAsync();
        var first = await CaptureAsync(applicant, DocumentKind.IdDocument, DocumentSubtype.IdCardFront, Photo);
        await using (var db = await fixture.Db.CreateAsync())
        {
            var old = await db.Documents.SingleAsync(d => d.Id == first.DocumentId);
            var second = await CaptureAsync(applicant, DocumentKind.IdDocument, DocumentSubtype.IdCardFront, SyntheticPhoto.Camera(1200, 900, seed: 2));

            Assert.NotEqual(first.DocumentId, second.DocumentId);
            Assert.Null(await fixture.Get<IDocumentStore>().ReadAsync(old.ImageRef));
            Assert.Null(await fixture.Get<IDocumentStore>().ReadAsync(old.ThumbnailRef));
        }

        await using var check = await fixture.Db.CreateAsync();
        Assert.Equal(1, await DocumentsOf(check, applicant).CountAsync(d => d.Kind == DocumentKind.IdDocument));
    }

    [Fact]
    public async Task Capture_FourthPageOfProofOfAddress_IsRefusedAndTheThreePagesStay()
    {
        var applicant = await NewApplicantAsync();
        for (var page = 1; page <= 3; page++)
        {
            Assert.NotNull((await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.LeaseContract, SyntheticPhoto.Camera(1000, 1400, seed: page), page)).DocumentId);
        }

        var fourth = await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.LeaseContract, SyntheticPhoto.Camera(1000, 1400, seed: 4), 4);

        Assert.Equal(CaptureRefusal.TooManyPages, fourth.Refusal);
        Assert.Null(fourth.DocumentId);
        await using var db = await fixture.Db.CreateAsync();
        var pages = await DocumentsOf(db, applicant).Where(d => d.Kind == DocumentKind.ProofOfAddress).OrderBy(d => d.PageNumber).Select(d => d.PageNumber).ToListAsync();
        Assert.Equal([1, 2, 3], pages);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "document.refused" && e.Details == nameof(CaptureRefusal.TooManyPages)
            && db.Applications.Any(a => a.Id == e.ApplicationId && a.PersonalNumber == applicant.PersonalNumber)));
    }

    [Fact]
    public async Task Capture_RetakeOfTheSecondPage_ReplacesOnlyThatPage()
    {
        var applicant = await NewApplicantAsync();
        var first = await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, SyntheticPhoto.Camera(1000, 1400, seed: 1), 1);
        var second = await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, SyntheticPhoto.Camera(1000, 1400, seed: 2), 2);

        var retaken = await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, SyntheticPhoto.Camera(1000, 1400, seed: 3), 2);

        await using var db = await fixture.Db.CreateAsync();
        var pages = await DocumentsOf(db, applicant).Where(d => d.Kind == DocumentKind.ProofOfAddress).OrderBy(d => d.PageNumber).Select(d => new { d.Id, d.PageNumber }).ToListAsync();
        Assert.Equal([(first.DocumentId!.Value, 1), (retaken.DocumentId!.Value, 2)], pages.Select(p => (p.Id, p.PageNumber)));
        Assert.DoesNotContain(second.DocumentId!.Value, pages.Select(p => p.Id));
    }

    [Fact]
    public async Task Capture_AnotherKindOfProof_StartsAgainFromItsFirstPage()
    {
        var applicant = await NewApplicantAsync();
        for (var page = 1; page <= 3; page++)
        {
            await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.LeaseContract, SyntheticPhoto.Camera(1000, 1400, seed: page), page);
        }

        await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, Photo, 4);

        await using var db = await fixture.Db.CreateAsync();
        var pages = await DocumentsOf(db, applicant).Where(d => d.Kind == DocumentKind.ProofOfAddress).Select(d => new { d.Subtype, d.PageNumber }).ToListAsync();
        Assert.Equal([(DocumentSubtype.UtilityBill, 1)], pages.Select(p => (p.Subtype, p.PageNumber)));
    }

    [Fact]
    public async Task Capture_SameNewPageFromTwoWindowsAtOnce_KeepsOnePhotoAndRefusesTheOther()
    {
        var applicant = await NewApplicantAsync();
        for (var page = 1; page <= 2; page++)
        {
            await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, SyntheticPhoto.Camera(1000, 1400, seed: page), page);
        }

        var (late, early, lateImages) = await RaceAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill, page: 3);

        await using var db = await fixture.Db.CreateAsync();
        var pages = await DocumentsOf(db, applicant).Where(d => d.Kind == DocumentKind.ProofOfAddress).OrderBy(d => d.PageNumber).Select(d => new { d.Id, d.PageNumber }).ToListAsync();
        Assert.Equal([1, 2, 3], pages.Select(p => p.PageNumber));
        Assert.Equal(early.DocumentId, pages[2].Id);
        await AssertRefusedAsync(db, applicant, late, lateImages);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Capture_SelfieFromTwoWindowsAtOnce_KeepsOneSelfieAndRefusesTheOther(bool retake)
    {
        var applicant = await NewApplicantAsync();
        if (retake)
        {
            await CaptureAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, Photo);
        }

        var (late, early, lateImages) = await RaceAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, page: 1);

        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal([early.DocumentId!.Value], await DocumentsOf(db, applicant).Where(d => d.Kind == DocumentKind.Selfie).Select(d => d.Id).ToListAsync());
        await AssertRefusedAsync(db, applicant, late, lateImages);
    }

    [Fact]
    public async Task Capture_APageSetAsideAfterTheThird_IsRefusedAsAPageTooMany()
    {
        var applicant = await NewApplicantAsync();
        var ids = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            ids.Add((await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.LeaseContract, SyntheticPhoto.Camera(1000, 1400, seed: page), page)).DocumentId!.Value);
        }

        // Where the migration to one photo per page puts an older copy of a page saved twice (decision 0021).
        await using (var db = await fixture.Db.CreateAsync())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE documents SET \"PageNumber\" = 4 WHERE \"Id\" = {ids[2]}");
        }

        var retake = await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.LeaseContract, SyntheticPhoto.Camera(1000, 1400, seed: 5), 4);

        Assert.Equal(CaptureRefusal.TooManyPages, retake.Refusal);
        await using var check = await fixture.Db.CreateAsync();
        Assert.Equal(ids, await DocumentsOf(check, applicant).Where(d => d.Kind == DocumentKind.ProofOfAddress).OrderBy(d => d.PageNumber).Select(d => d.Id).ToListAsync());
    }

    [Fact]
    public async Task Remove_TheFirstOfThreePages_DeletesItsImagesAndMovesTheOthersUp()
    {
        var applicant = await NewApplicantAsync();
        var ids = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            ids.Add((await CaptureAsync(applicant, DocumentKind.ProofOfAddress, DocumentSubtype.BankDocument, SyntheticPhoto.Camera(1000, 1400, seed: page), page)).DocumentId!.Value);
        }

        string imageRef;
        await using (var before = await fixture.Db.CreateAsync())
        {
            imageRef = (await before.Documents.SingleAsync(d => d.Id == ids[0])).ImageRef;
        }

        Assert.True(await fixture.Get<RemoveProofOfAddressPage>().HandleAsync(new RemoveProofOfAddressPageCommand(applicant, ids[0])));

        await using var db = await fixture.Db.CreateAsync();
        var pages = await DocumentsOf(db, applicant).Where(d => d.Kind == DocumentKind.ProofOfAddress).OrderBy(d => d.PageNumber).Select(d => new { d.Id, d.PageNumber }).ToListAsync();
        Assert.Equal([(ids[1], 1), (ids[2], 2)], pages.Select(p => (p.Id, p.PageNumber)));
        Assert.Null(await fixture.Get<IDocumentStore>().ReadAsync(imageRef));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "document.removed" && e.Details == $"{ids[0]} page 1"));
    }

    [Fact]
    public async Task Remove_SomeoneElsesPageOrAnotherDocument_RemovesNothing()
    {
        var owner = await NewApplicantAsync();
        var intruder = await NewApplicantAsync();
        var proof = await CaptureAsync(owner, DocumentKind.ProofOfAddress, DocumentSubtype.BankDocument, Photo);
        var selfie = await CaptureAsync(intruder, DocumentKind.Selfie, DocumentSubtype.None, Photo);

        Assert.False(await fixture.Get<RemoveProofOfAddressPage>().HandleAsync(new RemoveProofOfAddressPageCommand(intruder, proof.DocumentId!.Value)));
        Assert.False(await fixture.Get<RemoveProofOfAddressPage>().HandleAsync(new RemoveProofOfAddressPageCommand(intruder, selfie.DocumentId!.Value)));

        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(2, await db.Documents.CountAsync(d => d.Id == proof.DocumentId || d.Id == selfie.DocumentId));
    }

    [Theory]
    [InlineData("png", ImageProblem.NotJpeg)]
    [InlineData("zip", ImageProblem.TrailingData)]
    [InlineData("empty", ImageProblem.Empty)]
    public async Task Capture_HostileBytes_AreRefusedAndNothingIsStored(string kind, ImageProblem problem)
    {
        var applicant = await NewApplicantAsync();
        byte[] bytes = kind switch
        {
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
            "zip" => [.. Photo, .. "PK\u0003\u0004malicious"u8.ToArray()],
            _ => [],
        };

        var result = await CaptureAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, bytes);

        Assert.Equal(CaptureRefusal.BadImage, result.Refusal);
        Assert.Equal(problem, result.ImageProblem);
        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await DocumentsOf(db, applicant).AnyAsync());
    }

    [Fact]
    public async Task Capture_AfterTheDeadline_IsRefused()
    {
        var applicant = await NewApplicantAsync();
        await using (var db = await fixture.Db.CreateAsync())
        {
            var election = await db.Elections.SingleAsync(e => e.Id == applicant.ElectionId);
            fixture.Clock.Set(election.ClosesAt.AddSeconds(1));
        }

        try
        {
            Assert.Equal(CaptureRefusal.NotEditable, (await CaptureAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, Photo)).Refusal);
        }
        finally
        {
            fixture.Clock.Set(Now);
        }
    }

    [Fact]
    public async Task Capture_FortyFirstInAnHour_IsRefused()
    {
        var applicant = await NewApplicantAsync();
        for (var i = 0; i < CaptureDocument.MaxCapturesPerHour; i++)
        {
            await CaptureAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, [0x89, 0x50]);
        }

        Assert.Equal(CaptureRefusal.TooManyCaptures, (await CaptureAsync(applicant, DocumentKind.Selfie, DocumentSubtype.None, Photo)).Refusal);
    }

    [Fact]
    public async Task Read_SomeoneElsesDocument_IsNotFoundAndAudited()
    {
        var owner = await NewApplicantAsync();
        var intruder = await NewApplicantAsync();
        var captured = await CaptureAsync(owner, DocumentKind.Selfie, DocumentSubtype.None, Photo);

        Assert.Null(await fixture.Get<ReadOwnDocument>().HandleAsync(intruder, captured.DocumentId!.Value, thumbnail: false));
        Assert.NotNull(await fixture.Get<ReadOwnDocument>().HandleAsync(owner, captured.DocumentId!.Value, thumbnail: false));
        await using var db = await fixture.Db.CreateAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "document.denied" && e.Details == captured.DocumentId.ToString()));
    }

    private static readonly DateTimeOffset Now = new(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Two captures of one photo at once, each through its own server instance: the late one has read the pages when
    /// the early one (another window) runs to its end, and saves after it.
    /// </summary>
    private async Task<(CaptureResult Late, CaptureResult Early, List<string> LateImages)> RaceAsync(ApplicantIdentity applicant, DocumentKind kind, DocumentSubtype subtype, int page)
    {
        CaptureResult? early = null;
        await using var otherWindow = fixture.NewInstance();
        var store = new RacingDocumentStore(fixture.Get<IDocumentStore>());
        store.BeforeNextSave(async () =>
            early = await otherWindow.GetRequiredService<CaptureDocument>().HandleAsync(new CaptureCommand(applicant, kind, subtype, SyntheticPhoto.Camera(1000, 1400, seed: 7), page)));
        var late = await ActivatorUtilities.CreateInstance<CaptureDocument>(fixture.Services, store)
            .HandleAsync(new CaptureCommand(applicant, kind, subtype, SyntheticPhoto.Camera(1000, 1400, seed: 8), page));
        Assert.NotNull(early?.DocumentId);
        return (late, early, [.. store.Saved]);
    }

    /// <summary>The late capture is refused as saved elsewhere, its images are gone and the refusal is audited.</summary>
    private async Task AssertRefusedAsync(KosovoElections.Infrastructure.Persistence.ElectionsDbContext db, ApplicantIdentity applicant, CaptureResult late, List<string> lateImages)
    {
        Assert.Equal(CaptureRefusal.SavedElsewhere, late.Refusal);
        Assert.Null(late.DocumentId);
        Assert.Equal(2, lateImages.Count);
        foreach (var image in lateImages)
        {
            Assert.Null(await fixture.Get<IDocumentStore>().ReadAsync(image));
        }

        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "document.refused" && e.Details == nameof(CaptureRefusal.SavedElsewhere)
            && db.Applications.Any(a => a.Id == e.ApplicationId && a.PersonalNumber == applicant.PersonalNumber)));
    }

    private Task<CaptureResult> CaptureAsync(ApplicantIdentity applicant, DocumentKind kind, DocumentSubtype subtype, byte[] jpeg, int page = 1) =>
        fixture.Get<CaptureDocument>().HandleAsync(new CaptureCommand(applicant, kind, subtype, jpeg, page));

    /// <summary>A new person with a draft application in the fixture's one open election.</summary>
    private async Task<ApplicantIdentity> NewApplicantAsync()
    {
        fixture.Clock.Set(Now);
        await using var db = await fixture.Db.CreateAsync();
        var election = await db.Elections.FirstOrDefaultAsync();
        if (election is null)
        {
            election = Election.Create("Zgjedhjet 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), Now.UtcDateTime.AddDays(-1), Now.UtcDateTime.AddDays(20));
            db.Elections.Add(election);
        }

        var number = (5_300_000_000L + Interlocked.Increment(ref _people)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.RegistryEntries.Add(RegistryPeople.Person(number, new DateOnly(1990, 1, 1)));
        db.Applications.Add(VoterApplication.Start(election.Id, number, ApplicationChannel.Online, Now.UtcDateTime));
        await db.SaveChangesAsync();
        return new ApplicantIdentity("test", number, election.Id);
    }

    private static IQueryable<Document> DocumentsOf(KosovoElections.Infrastructure.Persistence.ElectionsDbContext db, ApplicantIdentity applicant) =>
        db.Documents.Where(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.PersonalNumber == applicant.PersonalNumber));

    private static int JpegWidth(byte[] jpeg)
    {
        for (var i = 2; i + 8 < jpeg.Length; i++)
        {
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0 or 0xC2)
            {
                return Math.Max((jpeg[i + 5] << 8) | jpeg[i + 6], (jpeg[i + 7] << 8) | jpeg[i + 8]);
            }
        }

        return 0;
    }
}

public sealed class CaptureDocumentTestsOnSqlite(SqliteFixture fixture) : CaptureDocumentTests(fixture), IClassFixture<SqliteFixture>;

public sealed class CaptureDocumentTestsOnPostgres(PostgresFixture fixture) : CaptureDocumentTests(fixture), IClassFixture<PostgresFixture>;
