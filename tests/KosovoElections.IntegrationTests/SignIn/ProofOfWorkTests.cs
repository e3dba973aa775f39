using System.Net;
using System.Text.RegularExpressions;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Domain.Applicants;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static KosovoElections.IntegrationTests.SignIn.ChallengeSteps;

namespace KosovoElections.IntegrationTests.SignIn;

/// <summary>
/// Nobody can lock a victim out of sign-in (T-AUTH-02): delays count per number and client address, and failures from
/// other addresses cost every further attempt a proof of work instead. Browsers at many addresses through a trusted proxy.
/// </summary>
public abstract partial class ProofOfWorkTests(SignInHost fixture)
{
    private const string NotRecognised = "We could not find you with these details";

    // A date nobody in the seed is born on, to look for in the audit and the logs.
    private static readonly DateOnly WrongDate = new(1987, 11, 23);

    [Fact]
    public async Task Victim_AfterTenAddressesFailedAgainstTheirNumber_SignsInFromTheirOwnAddressWithinAMinute()
    {
        fixture.StartSlot(0);
        var number = SignInSeed.Numbered(1);
        for (var failures = 1; failures <= 10; failures++)
        {
            using var attacker = Browser($"198.51.100.{failures}");
            var refused = await SignInSolvingAsync(attacker, number, WrongDate);
            Assert.Contains(NotRecognised, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
            fixture.Clock.Advance(SignInThrottle.DelayAfter(failures) + TimeSpan.FromSeconds(1));
        }

        Assert.Equal(10, await FailuresAsync(number));
        using var victim = Browser("192.0.2.50");
        var first = await PostAsync(victim, number, SignInSeed.AdultBorn.AddDays(1));
        var page = await first.Content.ReadAsStringAsync();
        var challenge = ChallengeIn(page);
        Assert.NotNull(challenge);
        Assert.DoesNotContain(NotRecognised, WebUtility.HtmlDecode(page));
        Assert.Contains("This check needs JavaScript", page);
        Assert.InRange(challenge.Difficulty, 18, 20);

        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var signedIn = await PostAsync(victim, number, SignInSeed.AdultBorn.AddDays(1), challenge.Token, Solve(challenge));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/apply", signedIn.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Guesser_PaysAChallengeOnEveryAttempt_AndAReusedUnsolvedForgedOrExpiredOneIsRefusedWithoutComparingTheDate()
    {
        fixture.StartSlot(1);
        var number = SignInSeed.Numbered(2);
        var born = SignInSeed.AdultBorn.AddDays(2);
        using (var elsewhere = Browser("198.51.100.77"))
        {
            await PostAsync(elsewhere, number, WrongDate);
        }

        using var guesser = Browser("198.51.100.78");
        var first = await Challenged(await PostAsync(guesser, number, WrongDate));
        var solvedNonce = Solve(first);
        var compared = await PostAsync(guesser, number, WrongDate, first.Token, solvedNonce);
        Assert.Contains(NotRecognised, WebUtility.HtmlDecode(await compared.Content.ReadAsStringAsync()));

        // From here on the right date: none of these may get in, because none carries a fresh solved challenge.
        var reused = await Challenged(await PostAsync(guesser, number, born, first.Token, solvedNonce));
        var unsolved = await Challenged(await PostAsync(guesser, number, born, reused.Token, Unsolved(reused)));
        var forged = await Challenged(await PostAsync(guesser, number, born, Forge(unsolved.Token), Solve(unsolved)));
        var missing = await Challenged(await PostAsync(guesser, number, born));
        using (var thief = Browser("198.51.100.79"))
        {
            await Challenged(await PostAsync(thief, number, born, missing.Token, Solve(missing)));
        }

        var nonce = Solve(missing);
        fixture.Clock.Advance(fixture.Host.Get<SignInOptions>().ChallengeLifetime);
        var expired = await Challenged(await PostAsync(guesser, number, born, missing.Token, nonce));

        Assert.Equal(2, await FailuresAsync(number));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(guesser, number, born, expired.Token, Solve(expired))).StatusCode);
    }

    [Fact]
    public async Task Guesser_WithSolvedChallenges_IsStillDelayedPerNumberAtTheirAddress()
    {
        fixture.StartSlot(2);
        var number = SignInSeed.Numbered(3);
        using (var elsewhere = Browser("198.51.100.90"))
        {
            await PostAsync(elsewhere, number, WrongDate);
        }

        using var guesser = Browser("198.51.100.91");
        for (var i = 0; i < 3; i++)
        {
            await SignInSolvingAsync(guesser, number, WrongDate);
        }

        var delayed = await SignInSolvingAsync(guesser, number, SignInSeed.AdultBorn.AddDays(3));
        Assert.Contains(NotRecognised, WebUtility.HtmlDecode(await delayed.Content.ReadAsStringAsync()));
        fixture.Clock.Advance(SignInThrottle.DelayAfter(3));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInSolvingAsync(guesser, number, SignInSeed.AdultBorn.AddDays(3))).StatusCode);
    }

    [Fact]
    public async Task Challenge_ForAKnownAndAnUnknownNumber_IsTheSamePageAfterTheSameWait()
    {
        fixture.StartSlot(3);
        const string unknown = "5999999990";
        var known = SignInSeed.Numbered(4);
        using (var elsewhere = Browser("198.51.100.100"))
        {
            await PostAsync(elsewhere, unknown, WrongDate);
            await PostAsync(elsewhere, known, WrongDate);
        }

        using var browser = Browser("198.51.100.101");
        fixture.Clock.ClearDelays();
        var unknownPage = Blank(await (await PostAsync(browser, unknown, WrongDate)).Content.ReadAsStringAsync(), unknown);
        var waitedUnknown = fixture.Clock.Delays.ToArray();
        fixture.Clock.ClearDelays();
        var knownPage = Blank(await (await PostAsync(browser, known, WrongDate)).Content.ReadAsStringAsync(), known);

        Assert.Contains("data-testid=\"sign-in-challenge\"", knownPage);
        Assert.Equal(unknownPage, knownPage);
        Assert.Equal(waitedUnknown, fixture.Clock.Delays.ToArray());
        Assert.Equal([fixture.Host.Get<SignInOptions>().MinimumResponseTime], waitedUnknown);
    }

    [Fact]
    public async Task DateTried_IsNeverInTheAuditOrTheLogs()
    {
        fixture.StartSlot(4);
        var number = SignInSeed.Numbered(5);
        foreach (var address in new[] { "198.51.100.120", "198.51.100.121", "198.51.100.122" })
        {
            using var browser = Browser(address);
            await SignInSolvingAsync(browser, number, WrongDate);
        }

        using (var owner = Browser("192.0.2.51"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignInSolvingAsync(owner, number, SignInSeed.AdultBorn.AddDays(5))).StatusCode);
        }

        string[] shapes = ["1987-11-23", "23.11.1987", "23/11/1987", "11/23/1987", "1987/11/23", "19871123", "23.11.87"];
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var audited = await db.AuditEvents.Select(e => e.Actor + " " + e.Action + " " + e.Details).ToListAsync();
        Assert.Contains(audited, a => a.Contains("signin.challenged", StringComparison.Ordinal));
        foreach (var log in Directory.GetFiles(fixture.LogFolder))
        {
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            audited.Add(await reader.ReadToEndAsync());
        }

        foreach (var shape in shapes)
        {
            Assert.DoesNotContain(audited, text => text.Contains(shape, StringComparison.Ordinal));
        }
    }

    private BrowserSession Browser(string address) => new(fixture.Host.BaseUrl, forwardedFor: address);

    private async Task<int> FailuresAsync(string number)
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.SignInAttempts.CountAsync(a => a.PersonalNumber == number && a.Outcome == SignInOutcome.Failed);
    }

    /// <summary>The challenge a response asks for, failing the test when it signed in or refused instead.</summary>
    private static async Task<PageChallenge> Challenged(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(NotRecognised, WebUtility.HtmlDecode(page));
        return ChallengeIn(page) ?? throw new Xunit.Sdk.XunitException("The page asks for no challenge.");
    }

    /// <summary>The token with its difficulty byte lowered: a guesser's attempt to make the work cheaper.</summary>
    private static string Forge(string token)
    {
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(token);
        bytes[17]--;
        return System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }

    private static string Blank(string page, string number) =>
        Salt().Replace(ChallengeToken().Replace(BrowserSession.Normalize(page), "CHALLENGE"), "SALT").Replace(number, "N", StringComparison.Ordinal);

    [GeneratedRegex("data-salt=\"[0-9a-f]+\"")]
    private static partial Regex Salt();

    [GeneratedRegex("name=\"Form.Challenge\" value=\"[^\"]*\"")]
    private static partial Regex ChallengeToken();
}

public sealed class ProofOfWorkTestsOnSqlite(SqliteProxiedSignInHost fixture) : ProofOfWorkTests(fixture), IClassFixture<SqliteProxiedSignInHost>;

public sealed class ProofOfWorkTestsOnPostgres(PostgresProxiedSignInHost fixture) : ProofOfWorkTests(fixture), IClassFixture<PostgresProxiedSignInHost>;
