namespace KosovoElections.Domain.Applications;

/// <summary>The reference an applicant quotes: "KE-" and eight characters of a <see cref="CheckedCode"/>.</summary>
public static class ReferenceNumber
{
    public const string Alphabet = CheckedCode.Alphabet;
    private const string Prefix = "KE-";
    private const int Body = 7;

    public static string New() => Prefix + CheckedCode.New(Body);

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

        return CheckedCode.Checks(compact.AsSpan(Prefix.Length)) ? compact : null;
    }
}
