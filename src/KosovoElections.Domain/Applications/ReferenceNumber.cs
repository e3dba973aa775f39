using System.Security.Cryptography;

namespace KosovoElections.Domain.Applications;

/// <summary>
/// The reference an applicant quotes: "KE-" and eight characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// the last of which is a check character, so that a mistyped reference is caught before any search.
/// </summary>
public static class ReferenceNumber
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Prefix = "KE-";
    private const int Body = 7;

    public static string New()
    {
        Span<char> body = stackalloc char[Body];
        for (var i = 0; i < Body; i++)
        {
            body[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Prefix + new string(body) + CheckCharacter(body);
    }

    /// <summary>True for a well-formed reference whose check character matches (case and spaces are forgiven).</summary>
    public static bool IsValid(string? reference) => Normalize(reference) is not null;

    /// <summary>The canonical form of what a person typed, or null when it is not a valid reference.</summary>
    public static string? Normalize(string? reference)
    {
        var compact = new string((reference ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (!compact.StartsWith(Prefix, StringComparison.Ordinal) || compact.Length != Prefix.Length + Body + 1)
        {
            return null;
        }

        var chars = compact.AsSpan(Prefix.Length);
        foreach (var c in chars)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return CheckCharacter(chars[..Body]) == chars[Body] ? compact : null;
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
