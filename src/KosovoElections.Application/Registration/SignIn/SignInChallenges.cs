using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Application.Registration.SignIn;

/// <summary>A challenge as the page shows it: the salt and difficulty the browser works on, and the token it posts back.</summary>
public sealed record SignInChallenge(string Token, string Salt, int Difficulty);

/// <summary>What the form posted back: the challenge's token and the nonce the browser found (either may be missing or forged).</summary>
public sealed record ChallengeAnswer(string? Token, string? Nonce)
{
    public static readonly ChallengeAnswer None = new(null, null);
}

/// <summary>
/// The HMAC key of sign-in challenges, derived (HKDF) from the Data Protection master key, so every instance issues and
/// accepts the same challenges and nothing has to be stored.
/// </summary>
public sealed class SignInChallengeKey(byte[] key)
{
    internal byte[] Key { get; } = key.Length >= 32 ? key : throw new ArgumentException("The challenge key must be at least 32 bytes.", nameof(key));

    public static SignInChallengeKey DerivedFrom(byte[] masterKey) =>
        new(HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "KosovoElections.SignIn.Challenge.v1"u8.ToArray()));
}

/// <summary>
/// Issues and checks the stateless, HMAC-signed challenges of a contested sign-in. A token names the attempt row that
/// was answered with it (its id), its expiry, difficulty and random salt, and is bound to the personal number and client
/// address; single use is the caller's: it deletes that attempt row, and only the one request that deletes it may go on.
/// </summary>
public sealed class SignInChallenges(SignInChallengeKey key, TimeProvider clock, SignInOptions options)
{
    private const byte Version = 1;
    private const int SaltLength = 16;
    private const int BodyLength = 1 + 8 + 8 + 1 + SaltLength;
    private const int TokenLength = BodyLength + HMACSHA256.HashSizeInBytes;

    public SignInChallenge Issue(long attemptId, string personalNumber, string clientAddress, int difficulty)
    {
        var token = new byte[TokenLength];
        token[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(1), attemptId);
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(9), (clock.GetUtcNow() + options.ChallengeLifetime).UtcTicks);
        token[17] = checked((byte)difficulty);
        RandomNumberGenerator.Fill(token.AsSpan(18, SaltLength));
        Sign(token.AsSpan(0, BodyLength), personalNumber, clientAddress, token.AsSpan(BodyLength));
        return new SignInChallenge(Base64Url.EncodeToString(token), SaltOf(token), difficulty);
    }

    /// <summary>
    /// The attempt id of a genuine, unexpired challenge for this number and address, at least as hard as
    /// <paramref name="requiredDifficulty"/>, whose work is done; otherwise null. Says nothing about earlier use.
    /// </summary>
    public long? Solved(ChallengeAnswer answer, string personalNumber, string clientAddress, int requiredDifficulty)
    {
        var token = new byte[TokenLength];
        // Anything posted may be here: checked for shape before decoding, which throws on other characters.
        if (answer.Token is not { Length: <= 2 * TokenLength } text || !Base64Url.IsValid(text, out var length) || length != TokenLength
            || !Base64Url.TryDecodeFromChars(text, token, out _))
        {
            return null;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Sign(token.AsSpan(0, BodyLength), personalNumber, clientAddress, expected);
        if (token[0] != Version || !CryptographicOperations.FixedTimeEquals(expected, token.AsSpan(BodyLength)))
        {
            return null;
        }

        var expires = BinaryPrimitives.ReadInt64BigEndian(token.AsSpan(9));
        var difficulty = token[17];
        return clock.GetUtcNow().UtcTicks < expires && difficulty >= requiredDifficulty && ProofOfWork.IsSolved(SaltOf(token), answer.Nonce, difficulty)
            ? BinaryPrimitives.ReadInt64BigEndian(token.AsSpan(1))
            : null;
    }

    private void Sign(ReadOnlySpan<byte> body, string personalNumber, string clientAddress, Span<byte> mac)
    {
        // The number and address are only in the MAC, so the token carries neither.
        var bound = Encoding.UTF8.GetBytes(personalNumber + "\n" + clientAddress);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Key);
        hmac.AppendData(body);
        hmac.AppendData(bound);
        hmac.GetHashAndReset(mac);
    }

    private static string SaltOf(byte[] token) => Convert.ToHexStringLower(token.AsSpan(18, SaltLength));
}
