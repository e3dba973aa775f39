using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace KosovoElections.Application.Registration.SignIn;

/// <summary>
/// The work a browser does before a contested sign-in: find a nonce (decimal digits) such that SHA-256 of the ASCII
/// salt (hex) followed by the ASCII nonce starts with <c>difficulty</c> zero bits. wwwroot/js/proof-of-work.js does the
/// same in a Web Worker; checking is one hash.
/// </summary>
public static class ProofOfWork
{
    /// <summary>Longer nonces are never needed (2^64 tries) and are refused before hashing.</summary>
    public const int MaxNonceLength = 20;

    public static bool IsSolved(string salt, string? nonce, int difficulty)
    {
        if (nonce is not { Length: > 0 and <= MaxNonceLength } || !nonce.All(char.IsAsciiDigit))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.ASCII.GetBytes(salt + nonce), hash);
        return LeadingZeroBits(hash) >= difficulty;
    }

    public static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b != 0)
            {
                return bits + BitOperations.LeadingZeroCount((uint)b) - 24;
            }

            bits += 8;
        }

        return bits;
    }
}
