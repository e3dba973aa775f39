using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KosovoElections.Application.Registration.SignIn;

namespace KosovoElections.UnitTests.Application.SignIn;

/// <summary>The proof-of-work verifier: a challenge counts only when genuine, unexpired, bound to the same number and address, hard enough and solved.</summary>
public sealed class SignInChallengesTests
{
    private const string Number = "5000000001";
    private const string Address = "203.0.113.7";
    private static readonly SignInOptions Options = new() { ChallengeLifetime = TimeSpan.FromMinutes(5) };
    private readonly StillClock _clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly SignInChallenges _challenges;

    public SignInChallengesTests() => _challenges = new SignInChallenges(new SignInChallengeKey(RandomNumberGenerator.GetBytes(32)), _clock, Options);

    [Fact]
    public void Solved_TheRightNonce_GivesTheAttemptItWasIssuedWith()
    {
        var challenge = _challenges.Issue(42, Number, Address, 8);

        Assert.Equal(42, _challenges.Solved(new ChallengeAnswer(challenge.Token, Solve(challenge)), Number, Address, 8));
    }

    [Fact]
    public void Solved_AWrongOrMissingNonce_IsNot()
    {
        var challenge = _challenges.Issue(42, Number, Address, 12);
        var wrong = Enumerable.Range(0, 100_000).Select(i => i.ToString(CultureInfo.InvariantCulture)).First(n => Zeros(challenge.Salt, n) < 12);

        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token, wrong), Number, Address, 12));
        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token, null), Number, Address, 12));
        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token, "-1"), Number, Address, 12));
        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token, new string('1', 21)), Number, Address, 12));
    }

    [Fact]
    public void Solved_AfterItsLifetime_IsNot()
    {
        var challenge = _challenges.Issue(42, Number, Address, 8);
        var nonce = Solve(challenge);

        _clock.Advance(Options.ChallengeLifetime - TimeSpan.FromSeconds(1));
        Assert.NotNull(_challenges.Solved(new ChallengeAnswer(challenge.Token, nonce), Number, Address, 8));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token, nonce), Number, Address, 8));
    }

    [Fact]
    public void Solved_ForAnotherNumberOrAddress_IsNot()
    {
        var challenge = _challenges.Issue(42, Number, Address, 8);
        var answer = new ChallengeAnswer(challenge.Token, Solve(challenge));

        Assert.Null(_challenges.Solved(answer, "5000000002", Address, 8));
        Assert.Null(_challenges.Solved(answer, Number, "203.0.113.8", 8));
    }

    [Fact]
    public void Solved_EasierThanNowRequired_IsNot()
    {
        var challenge = _challenges.Issue(42, Number, Address, 8);

        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token, Solve(challenge)), Number, Address, 9));
    }

    [Fact]
    public void Solved_AForgedOrAlteredToken_IsNot()
    {
        var challenge = _challenges.Issue(42, Number, Address, 8);
        var nonce = Solve(challenge);
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(challenge.Token);

        // Another attempt id, an easier difficulty, a later expiry: each flips a signed byte.
        foreach (var offset in new[] { 8, 17, 16 })
        {
            var altered = (byte[])bytes.Clone();
            altered[offset] ^= 1;
            Assert.Null(_challenges.Solved(new ChallengeAnswer(System.Buffers.Text.Base64Url.EncodeToString(altered), nonce), Number, Address, 0));
        }

        var otherKey = new SignInChallenges(new SignInChallengeKey(RandomNumberGenerator.GetBytes(32)), _clock, Options);
        var foreign = otherKey.Issue(42, Number, Address, 8);
        Assert.Null(_challenges.Solved(new ChallengeAnswer(foreign.Token, Solve(foreign)), Number, Address, 8));
        Assert.Null(_challenges.Solved(new ChallengeAnswer("not a token", "1"), Number, Address, 0));
        Assert.Null(_challenges.Solved(new ChallengeAnswer(challenge.Token + "AAAA", nonce), Number, Address, 8));
    }

    [Fact]
    public void Issue_EveryChallenge_HasItsOwnSalt()
    {
        Assert.NotEqual(_challenges.Issue(42, Number, Address, 8).Salt, _challenges.Issue(42, Number, Address, 8).Salt);
        Assert.Matches("^[0-9a-f]{32}$", _challenges.Issue(42, Number, Address, 8).Salt);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0 }, 0)]
    [InlineData(new byte[] { 0x01, 0 }, 7)]
    [InlineData(new byte[] { 0, 0, 0, 0, 0x10, 0, 0, 0 }, 35)]
    [InlineData(new byte[] { 0, 0, 0, 0 }, 32)]
    public void LeadingZeroBits_CountsAcrossBytesAndWords(byte[] hash, int bits) => Assert.Equal(bits, ProofOfWork.LeadingZeroBits(hash));

    [Theory]
    [InlineData(1, 14)]
    [InlineData(2, 14)]
    [InlineData(3, 15)]
    [InlineData(12, 19)]
    [InlineData(13, 20)]
    [InlineData(500, 20)]
    public void ChallengeDifficulty_GrowsABitPerTwoFailuresUpToTheCap(int failures, int bits) =>
        Assert.Equal(bits, SignInThrottle.ChallengeDifficulty(failures, new SignInOptions()));

    /// <summary>The browser's search (wwwroot/js/proof-of-work.js), written again from the description.</summary>
    private static string Solve(SignInChallenge challenge)
    {
        for (var nonce = 0L; ; nonce++)
        {
            var text = nonce.ToString(CultureInfo.InvariantCulture);
            if (Zeros(challenge.Salt, text) >= challenge.Difficulty)
            {
                return text;
            }
        }
    }

    private static int Zeros(string salt, string nonce)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(salt + nonce));
        var bits = 0;
        foreach (var b in hash)
        {
            if (b != 0)
            {
                return bits + (int)uint.LeadingZeroCount(b) - 24;
            }

            bits += 8;
        }

        return bits;
    }

    private sealed class StillClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
