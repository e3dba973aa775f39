namespace KosovoElections.Domain.Registry;

/// <summary>Rules for the 10-digit personal number of the civil registry.</summary>
public static class PersonalNumber
{
    public const int Length = 10;

    public static bool IsValid(string? value) =>
        value is { Length: Length } && value.All(char.IsAsciiDigit);

    /// <summary>What may be written to logs and audit details: the last three digits only.</summary>
    public static string Mask(string value) =>
        value.Length <= 3 ? new string('*', value.Length) : new string('*', value.Length - 3) + value[^3..];
}
