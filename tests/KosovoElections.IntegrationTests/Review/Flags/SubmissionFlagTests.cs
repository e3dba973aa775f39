using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.Submission;
using KosovoElections.Domain.Applications;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Review.Flags;

/// <summary>The flags are computed by APLIKO itself and recomputed by the resubmission after a correction, on both providers.</summary>
public abstract class SubmissionFlagTests(DataFixture fixture)
{
    private readonly ReviewSeed _seed = new(fixture);

    [Fact]
    public async Task Submit_EmailOfAnotherApplication_FlagsBoth()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var first = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
        var (second, applicant) = await _seed.DraftAsync(change: (a, at) => a.RecordVerifiedEmail(email.ToUpperInvariant(), at));

        await SubmitAsync(applicant);

        Assert.Equal((FlagKind.SharedEmail, first.Id), Single(await _seed.FlagsOfAsync(second.Id)));
        Assert.Equal((FlagKind.SharedEmail, second.Id), Single(await _seed.FlagsOfAsync(first.Id)));
    }

    [Fact]
    public async Task Resubmit_AfterCorrection_RecomputesWithoutDuplicatesAndDropsWhatNoLongerMatches()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var first = await _seed.SentAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
        var (second, applicant) = await _seed.DraftAsync(change: (a, at) => a.RecordVerifiedEmail(email, at));
        await SubmitAsync(applicant);

        await SendBackAsync(second.Id);
        await SubmitAsync(applicant);
        Assert.Equal((FlagKind.SharedEmail, first.Id), Single(await _seed.FlagsOfAsync(second.Id)));
        Assert.Equal((FlagKind.SharedEmail, second.Id), Single(await _seed.FlagsOfAsync(first.Id)));

        await SendBackAsync(second.Id, (a, at) => a.RecordVerifiedEmail($"{Guid.NewGuid():N}@example.org", at));
        await SubmitAsync(applicant);
        Assert.Empty(await _seed.FlagsOfAsync(second.Id));
        Assert.Empty(await _seed.FlagsOfAsync(first.Id));
    }

    private static (FlagKind, Guid?) Single(List<ApplicationFlag> flags)
    {
        var flag = Assert.Single(flags);
        return (flag.Kind, flag.OtherApplicationId);
    }

    private async Task SubmitAsync(ApplicantIdentity applicant) =>
        Assert.Equal(SubmitStatus.Submitted, (await fixture.Get<SubmitApplication>().HandleAsync(new SubmitCommand(applicant, true, "sq"))).Status);

    /// <summary>A reviewer asks for the e-mail step again; the applicant may then change it before resubmitting.</summary>
    private Task SendBackAsync(Guid applicationId, Action<VoterApplication, DateTime>? correction = null) =>
        _seed.ChangeAsync(applicationId, (a, at) =>
        {
            a.BeginReview(Guid.NewGuid(), at.AddMinutes(15), at);
            a.RequestCorrection([DecisionReason.Other], [ApplicationStep.Email], "Adresa e postës", Guid.NewGuid(), at);
            correction?.Invoke(a, at);
        });
}

public sealed class SubmissionFlagTestsOnSqlite(SqliteFixture fixture) : SubmissionFlagTests(fixture), IClassFixture<SqliteFixture>;

public sealed class SubmissionFlagTestsOnPostgres(PostgresFixture fixture) : SubmissionFlagTests(fixture), IClassFixture<PostgresFixture>;
