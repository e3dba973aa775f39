using System.Text.RegularExpressions;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.Submission;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Email.Outbox;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Review.Flags;

/// <summary>The flags are computed by APLIKO itself and recomputed by the resubmission after a correction, on both providers.</summary>
public abstract class SubmissionFlagTests(DataFixture fixture)
{
    private readonly ReviewSeed _seed = new(fixture);

    [Fact]
    public async Task Submit_EmailOfAnotherApplicationVerifiedInAnotherCase_FlagsBoth()
    {
        var domain = $"x{Guid.NewGuid():N}.org";
        var (first, firstApplicant) = await _seed.DraftAsync();
        var (second, secondApplicant) = await _seed.DraftAsync();
        await VerifyEmailAsync(firstApplicant, $" Ana@{domain.ToUpperInvariant()}");
        await VerifyEmailAsync(secondApplicant, $"ana@{domain}");

        await SubmitAsync(firstApplicant);
        await SubmitAsync(secondApplicant);

        Assert.Equal((FlagKind.SharedEmail, first.Id), Single(await _seed.FlagsOfAsync(second.Id)));
        Assert.Equal((FlagKind.SharedEmail, second.Id), Single(await _seed.FlagsOfAsync(first.Id)));
        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(
            [$"ana@{domain}", $"ana@{domain}"],
            await db.Applications.Where(a => a.Id == first.Id || a.Id == second.Id).Select(a => a.Email).ToListAsync());
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

    /// <summary>The e-mail step as the applicant does it: the code is asked for, read from the e-mail and typed back.</summary>
    private async Task VerifyEmailAsync(ApplicantIdentity applicant, string typed)
    {
        var requested = await fixture.Get<RequestEmailCode>().HandleAsync(new RequestEmailCodeCommand(applicant, typed, "sq"));
        Assert.Equal(EmailCodeRequestStatus.Sent, requested.Status);
        var mail = new RecordingEmailSender();
        await ActivatorUtilities.CreateInstance<OutboxDispatcher>(fixture.Services, mail).DispatchDueAsync();
        var message = mail.Sent.Last(m => string.Equals(m.To, typed.Trim(), StringComparison.OrdinalIgnoreCase));
        var code = Regex.Match(message.TextBody, "\\b[0-9]{6}\\b").Value;
        Assert.Equal(EmailCodeCheck.Verified, (await fixture.Get<VerifyEmailCode>().HandleAsync(new VerifyEmailCodeCommand(applicant, code))).Status);
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
