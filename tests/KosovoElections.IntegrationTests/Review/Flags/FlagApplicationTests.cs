using KosovoElections.Application.Review.Flags;
using KosovoElections.Domain.Applications;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Review.Flags;

/// <summary>The flags on shared contact details, photo quality and an earlier application, on both providers (SPEC §5).</summary>
public abstract class FlagApplicationTests(DataFixture fixture)
{
    private readonly ReviewSeed _seed = new(fixture);

    private FlagApplication Flags => fixture.Get<FlagApplication>();

    [Fact]
    public async Task Flag_SameEmail_FlagsBothLiveApplicationsButNoDraftOrWithdrawn()
    {
        // Stored lower-case, as the verification keeps them (SubmissionFlagTests verifies two cases of one address).
        var first = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail("drita.krasniqi@example.org", at));
        var draft = await _seed.DraftAsync(change: (a, at) => a.RecordVerifiedEmail("drita.krasniqi@example.org", at));
        var withdrawn = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail("drita.krasniqi@example.org", at));
        await _seed.ChangeAsync(withdrawn.Id, (a, at) => a.Withdraw(at));
        var second = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail("drita.krasniqi@example.org", at));

        Assert.Equal([FlagKind.SharedEmail], await Flags.HandleAsync(second.Id));

        var own = Assert.Single(await _seed.FlagsOfAsync(second.Id));
        Assert.Equal((FlagKind.SharedEmail, first.Id), (own.Kind, own.OtherApplicationId));
        var back = Assert.Single(await _seed.FlagsOfAsync(first.Id));
        Assert.Equal((FlagKind.SharedEmail, second.Id), (back.Kind, back.OtherApplicationId));
        Assert.Empty(await _seed.FlagsOfAsync(draft.Application.Id));
        Assert.Empty(await _seed.FlagsOfAsync(withdrawn.Id));
    }

    [Fact]
    public async Task Flag_SamePhone_FlagsBoth()
    {
        var first = await _seed.SentAsync(change: (a, at) => a.RecordAddress(new AddressAbroad("DE", "Berlin", $"Weg {Guid.NewGuid():N}", "10115"), "+4915112345678", at));
        var second = await _seed.SentAsync(change: (a, at) => a.RecordAddress(new AddressAbroad("AT", "Wien", $"Gasse {Guid.NewGuid():N}", "1070"), "+4915112345678", at));

        Assert.Equal([FlagKind.SharedPhone], await Flags.HandleAsync(second.Id));
        Assert.Equal(first.Id, Assert.Single(await _seed.FlagsOfAsync(second.Id)).OtherApplicationId);
        Assert.Equal(second.Id, Assert.Single(await _seed.FlagsOfAsync(first.Id)).OtherApplicationId);
    }

    [Fact]
    public async Task Flag_SameAddressWrittenWithOtherCaseAndSpaces_FlagsBoth()
    {
        var first = await _seed.SentAsync(change: (a, at) => a.RecordAddress(new AddressAbroad("CH", "Bern", "Laupenstrasse 17b", "3008"), "+41311111111", at));
        var second = await _seed.SentAsync(change: (a, at) => a.RecordAddress(new AddressAbroad("CH", "BERN", "laupenstrasse  17 B", "3008"), "+41312222222", at));
        var otherStreet = await _seed.SentAsync(change: (a, at) => a.RecordAddress(new AddressAbroad("CH", "Bern", "Laupenstrasse 19", "3008"), "+41313333333", at));

        Assert.Equal([FlagKind.SharedAddress], await Flags.HandleAsync(second.Id));
        Assert.Equal(first.Id, Assert.Single(await _seed.FlagsOfAsync(second.Id)).OtherApplicationId);
        Assert.Equal(second.Id, Assert.Single(await _seed.FlagsOfAsync(first.Id)).OtherApplicationId);
        Assert.Empty(await _seed.FlagsOfAsync(otherStreet.Id));
    }

    [Fact]
    public async Task Flag_DarkAndBlurredPhotos_NameTheirDocuments()
    {
        var application = await _seed.SentAsync(
        [
            SeedPhoto.Unique(DocumentKind.Selfie) with { Brightness = CaptureThresholds.Dark },
            SeedPhoto.Unique(DocumentKind.IdDocument, DocumentSubtype.Passport) with { Sharpness = CaptureThresholds.Blurred },
            SeedPhoto.Unique(DocumentKind.SelfieWithId),
            SeedPhoto.Unique(DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill),
        ]);

        Assert.Equal([FlagKind.LowBrightness, FlagKind.LowSharpness], await Flags.HandleAsync(application.Id));
        var flags = await _seed.FlagsOfAsync(application.Id);
        Assert.Equal("Selfie", flags.Single(f => f.Kind == FlagKind.LowBrightness).Detail);
        Assert.Equal("IdDocument", flags.Single(f => f.Kind == FlagKind.LowSharpness).Detail);
        Assert.All(flags, f => Assert.Null(f.OtherApplicationId));
    }

    [Fact]
    public async Task Flag_EarlierRejectedApplicationOfThePerson_NamesItsReasons()
    {
        var earlier = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail($"{Guid.NewGuid():N}@example.org", at));
        await _seed.ChangeAsync(earlier.Id, (a, at) =>
        {
            a.BeginReview(Guid.NewGuid(), at.AddMinutes(15), at);
            a.Reject([DecisionReason.PersonMismatch, DecisionReason.Other], "Fotografia nuk përputhet", Guid.NewGuid(), at);
        });
        var again = await _seed.SentAsync(personalNumber: earlier.PersonalNumber);

        Assert.Equal([FlagKind.EarlierApplication], await Flags.HandleAsync(again.Id));
        var flag = Assert.Single(await _seed.FlagsOfAsync(again.Id));
        Assert.Equal(earlier.Id, flag.OtherApplicationId);
        var detail = FlagDetail.Parse(flag.Detail);
        Assert.Equal(ApplicationStatus.Rejected, detail.EarlierStatus);
        Assert.Equal([DecisionReason.PersonMismatch, DecisionReason.Other], detail.EarlierReasons);
        Assert.Empty(await _seed.FlagsOfAsync(earlier.Id));
    }

    [Fact]
    public async Task Flag_NothingShared_NoFlagAndNoAudit()
    {
        var application = await _seed.SentAsync();

        Assert.Empty(await Flags.HandleAsync(application.Id));
        Assert.Empty(await _seed.FlagsOfAsync(application.Id));
        await using var db = await fixture.Db.CreateAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ApplicationId == application.Id));
    }

    [Fact]
    public async Task Flag_WithFlags_AuditsTheKinds()
    {
        var first = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail("audit.flag@example.org", at));
        var second = await _seed.SentAsync([SeedPhoto.Unique(DocumentKind.Selfie) with { Brightness = CaptureThresholds.Dark }], (a, at) => a.RecordVerifiedEmail("audit.flag@example.org", at));

        await Flags.HandleAsync(second.Id);

        await using var db = await fixture.Db.CreateAsync();
        var audit = await db.AuditEvents.SingleAsync(e => e.ApplicationId == second.Id);
        Assert.Equal(("application.flagged", "SharedEmail LowBrightness"), (audit.Action, audit.Details));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ApplicationId == first.Id));
    }
}

/// <summary>Values on either side of the capture page's own quality thresholds.</summary>
internal static class CaptureThresholds
{
    public const double Dark = KosovoElections.Application.Registration.Capture.CaptureDocument.MinBrightness - 1;
    public const double Blurred = KosovoElections.Application.Registration.Capture.CaptureDocument.MinSharpness - 1;
}

public sealed class FlagApplicationTestsOnSqlite(SqliteFixture fixture) : FlagApplicationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class FlagApplicationTestsOnPostgres(PostgresFixture fixture) : FlagApplicationTests(fixture), IClassFixture<PostgresFixture>;
