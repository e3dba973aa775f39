using KosovoElections.Application.Review.Flags;
using KosovoElections.Domain.Applications;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Review.Flags;

/// <summary>A reused photo (the same file) and a nearly identical one (perceptual hash), on both providers (SPEC §5).</summary>
public abstract class ImageFlagTests(DataFixture fixture)
{
    private readonly ReviewSeed _seed = new(fixture);

    private FlagApplication Flags => fixture.Get<FlagApplication>();

    [Fact]
    public async Task Flag_SelfieReusedAsAnotherApplicationsDocument_FlagsBothWithTheirKinds()
    {
        var selfie = SeedPhoto.Unique(DocumentKind.Selfie);
        var first = await _seed.SentAsync([selfie, SeedPhoto.Unique(DocumentKind.IdDocument, DocumentSubtype.Passport)]);
        var second = await _seed.SentAsync([selfie with { Kind = DocumentKind.SelfieWithId }, SeedPhoto.Unique(DocumentKind.Selfie)]);

        Assert.Equal([FlagKind.SameImage], await Flags.HandleAsync(second.Id));

        var own = Assert.Single(await _seed.FlagsOfAsync(second.Id));
        Assert.Equal((FlagKind.SameImage, first.Id, "SelfieWithId"), (own.Kind, own.OtherApplicationId, own.Detail));
        var back = Assert.Single(await _seed.FlagsOfAsync(first.Id));
        Assert.Equal((FlagKind.SameImage, second.Id, "Selfie"), (back.Kind, back.OtherApplicationId, back.Detail));
    }

    [Fact]
    public async Task Flag_PerceptualHashTwoBitsApartWithAnotherFile_FlagsBothAsSimilar()
    {
        var original = SeedPhoto.Unique(DocumentKind.IdDocument, DocumentSubtype.IdCardFront);
        var first = await _seed.SentAsync([original]);
        var retouched = SeedPhoto.Unique(DocumentKind.IdDocument, DocumentSubtype.IdCardFront) with { PerceptualHash = original.PerceptualHash ^ 0b1000_0001 };
        var second = await _seed.SentAsync([retouched]);

        Assert.Equal([FlagKind.SimilarImage], await Flags.HandleAsync(second.Id));

        var own = Assert.Single(await _seed.FlagsOfAsync(second.Id));
        Assert.Equal((FlagKind.SimilarImage, first.Id, "IdDocument"), (own.Kind, own.OtherApplicationId, own.Detail));
        Assert.Equal(second.Id, Assert.Single(await _seed.FlagsOfAsync(first.Id)).OtherApplicationId);
    }

    [Fact]
    public async Task Flag_PerceptualHashFiveBitsApartInOneBand_IsNotSimilar()
    {
        var original = SeedPhoto.Unique(DocumentKind.Selfie);
        var first = await _seed.SentAsync([original]);

        // Three bands stay equal, so the photo is looked at, and found too far.
        var other = SeedPhoto.Unique(DocumentKind.Selfie) with { PerceptualHash = original.PerceptualHash ^ 0b1_0101_0101 };
        var second = await _seed.SentAsync([other]);

        Assert.Equal(ImageSimilarity.MaxDistance + 2, ImageSimilarity.Distance(original.PerceptualHash, other.PerceptualHash));
        Assert.Empty(await Flags.HandleAsync(second.Id));
        Assert.Empty(await _seed.FlagsOfAsync(first.Id));
    }

    [Fact]
    public async Task Flag_PhotoOfADraft_IsNotFlaggedUntilTheDraftIsSent()
    {
        var photo = SeedPhoto.Unique(DocumentKind.Selfie);
        var (draft, _) = await _seed.DraftAsync([photo]);
        var sent = await _seed.SentAsync([photo]);

        Assert.Empty(await Flags.HandleAsync(sent.Id));
        Assert.Empty(await _seed.FlagsOfAsync(draft.Id));
    }

    [Fact]
    public async Task Flag_RecomputedAfterResubmission_KeepsOneFlagOnEachSide()
    {
        var photo = SeedPhoto.Unique(DocumentKind.Selfie);
        var first = await _seed.SentAsync([photo]);
        var second = await _seed.SentAsync([photo]);
        await Flags.HandleAsync(second.Id);
        await Flags.HandleAsync(first.Id);

        await Flags.HandleAsync(second.Id);

        Assert.Equal(first.Id, Assert.Single(await _seed.FlagsOfAsync(second.Id)).OtherApplicationId);
        Assert.Equal(second.Id, Assert.Single(await _seed.FlagsOfAsync(first.Id)).OtherApplicationId);
    }
}

public sealed class ImageFlagTestsOnSqlite(SqliteFixture fixture) : ImageFlagTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ImageFlagTestsOnPostgres(PostgresFixture fixture) : ImageFlagTests(fixture), IClassFixture<PostgresFixture>;
