using System.Security.Cryptography;

namespace KosovoElections.Domain.Applications;

/// <summary>
/// Codes that people read, type and quote (the reference number, the receipt code): random characters from an
/// alphabet without look-alikes (no 0/O, 1/I/L), the last of which is a check character, so that a mistyped code is
/// caught before any search.
/// </summary>
internal static class CheckedCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary><paramref name="length"/> random characters followed by their check character.</summary>
    public static string New(int length)
    {
        Span<char> body = stackalloc char[length + 1];
        for (var i = 0; i < length; i++)
        {
            body[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        body[length] = CheckCharacter(body[..length]);
        return new string(body);
    }

    /// <summary>What a person typed without spaces and hyphens, upper-cased.</summary>
    public static string Compact(string? typed) =>
        new string((typed ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();

    /// <summary>True when every character is of the alphabet and the last one checks the others.</summary>
    public static bool Checks(ReadOnlySpan<char> code)
    {
        if (code.Length < 2)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return CheckCharacter(code[..^1]) == code[^1];
    }

    // Position-weighted sum modulo a prime-sized alphabet (31): any single wrong character and any swap of two
    // neighbouring different characters changes the check character.
    private static char CheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (i + 1) * Alphabet.IndexOf(body[i], StringComparison.Ordinal);
        }

        return Alphabet[sum % Alphabet.Length];
    }
}
