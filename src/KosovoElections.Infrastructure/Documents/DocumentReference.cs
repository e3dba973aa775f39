using System.Buffers;
using System.Security.Cryptography;

namespace KosovoElections.Infrastructure.Documents;

/// <summary>
/// References are "&lt;scheme&gt;:&lt;32 lowercase hex&gt;" with a server-generated random id. Anything else is refused
/// before a store touches its database or disk, so a reference can never name a path or another store's item.
/// </summary>
public static class DocumentReference
{
    private const int IdLength = 32;
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>A new random id (128 bits) and its reference in <paramref name="scheme"/>.</summary>
    public static (string Id, string Reference) New(string scheme)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
        return (id, $"{scheme}:{id}");
    }

    /// <summary>The id of a well-formed reference of <paramref name="scheme"/>; throws <see cref="ArgumentException"/> otherwise.</summary>
    public static string IdOf(string reference, string scheme)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var wellFormed = reference.Length == scheme.Length + 1 + IdLength
            && reference.StartsWith(scheme + ":", StringComparison.Ordinal)
            && !reference.AsSpan(scheme.Length + 1).ContainsAnyExcept(LowerHex);
        return wellFormed ? reference[(scheme.Length + 1)..]
            : throw new ArgumentException($"Not a reference of the {scheme} document store.", nameof(reference));
    }
}
