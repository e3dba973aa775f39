using System.Globalization;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Application.Registry;

/// <summary>
/// One row of the registry CSV (SPEC §8): personal_number,first_name,last_name,father_name,date_of_birth,sex,municipality,status.
/// Parsing is separate from storage so that every provider imports by the same rules.
/// </summary>
public static class RegistryRow
{
    public const string Header = "personal_number,first_name,last_name,father_name,date_of_birth,sex,municipality,status";

    public static readonly string[] Columns = Header.Split(',');

    private const int MaxNameLength = 100;

    /// <summary>Validates raw fields; returns the entry or the reason the row was refused.</summary>
    public static RowResult Parse(IReadOnlyList<string> fields)
    {
        if (fields.Count != Columns.Length)
        {
            return RowResult.Bad($"expected {Columns.Length} fields, found {fields.Count}");
        }

        var personalNumber = fields[0].Trim();
        if (!PersonalNumber.IsValid(personalNumber))
        {
            return RowResult.Bad("personal_number must be exactly 10 digits");
        }

        var firstName = fields[1].Trim();
        var lastName = fields[2].Trim();
        var fatherName = fields[3].Trim();
        if (!IsName(firstName) || !IsName(lastName) || (fatherName.Length > 0 && !IsName(fatherName)))
        {
            return RowResult.Bad($"names must be 1 to {MaxNameLength} characters without control characters");
        }

        if (!DateOnly.TryParseExact(fields[4].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateOfBirth)
            || dateOfBirth.Year < 1900)
        {
            return RowResult.Bad("date_of_birth must be a date YYYY-MM-DD after 1900");
        }

        Sex sex;
        switch (fields[5].Trim())
        {
            case "M": sex = Sex.Male; break;
            case "F": sex = Sex.Female; break;
            default: return RowResult.Bad("sex must be M or F");
        }

        var municipality = Municipalities.FindByAlbanianName(fields[6]);
        if (municipality is null)
        {
            return RowResult.Bad($"unknown municipality \"{Truncate(fields[6])}\"");
        }

        var status = ParseStatus(fields[7]);
        if (status is null)
        {
            return RowResult.Bad("status must be active, deceased or ineligible");
        }

        return RowResult.Good(new CivilRegistryEntry(
            personalNumber, firstName, lastName, fatherName.Length == 0 ? null : fatherName, dateOfBirth, sex, municipality.Id, status.Value));
    }

    public static string StatusText(RegistryStatus status) => status.ToString().ToLowerInvariant();

    private static RegistryStatus? ParseStatus(string value) => value.Trim().ToLowerInvariant() switch
    {
        "" or "active" => RegistryStatus.Active,
        "deceased" => RegistryStatus.Deceased,
        "ineligible" => RegistryStatus.Ineligible,
        _ => null,
    };

    private static bool IsName(string value) =>
        value.Length is > 0 and <= MaxNameLength && !value.Any(char.IsControl);

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

public readonly record struct RowResult(CivilRegistryEntry? Entry, string? Problem)
{
    public static RowResult Good(CivilRegistryEntry entry) => new(entry, null);

    public static RowResult Bad(string problem) => new(null, problem);
}
