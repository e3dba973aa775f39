namespace KosovoElections.Domain.Elections;

/// <summary>
/// An election's name in the service's three languages: an applicant reading Serbian or English is not shown the
/// Albanian name alone (the Albanian name is the official one and the one the audit log and commands print).
/// </summary>
public sealed record ElectionName(string Albanian, string Serbian, string English)
{
    public const int MaxLength = 200;

    /// <summary>The name in <paramref name="culture"/> ("sq", "sr-Latn", "en" or a regional variant); Albanian otherwise.</summary>
    public string In(string culture) =>
        culture.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? Serbian
        : culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
        : Albanian;

    /// <summary>The same name in every language, for an election created with one name only.</summary>
    public static ElectionName Everywhere(string name) => new(name, name, name);

    public override string ToString() => Albanian;
}
