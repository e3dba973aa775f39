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

    /// <summary>The longest name; the texts of <see cref="RegistryRowProblem.Names"/> say it.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Validates raw fields; returns the entry or the reason the row was refused.</summary>
    public static RowResult Parse(RegistryFields fields, NamePool names)
    {
        if (fields.Count != Columns.Length)
        {
            return RowResult.Bad(RegistryRowProblem.FieldCount, fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var number = fields[0].Trim();
        var personalNumber = number.Length == PersonalNumber.Length ? number.ToString() : null;
        if (!PersonalNumber.IsValid(personalNumber))
        {
            return RowResult.Bad(RegistryRowProblem.PersonalNumber);
        }

        var firstName = fields[1].Trim();
        var lastName = fields[2].Trim();
        var fatherName = fields[3].Trim();
        if (!IsName(firstName) || !IsName(lastName) || (fatherName.Length > 0 && !IsName(fatherName)))
        {
            return RowResult.Bad(RegistryRowProblem.Names);
        }

        if (ParseDate(fields[4].Trim()) is not { Year: >= 1900 } dateOfBirth)
        {
            return RowResult.Bad(RegistryRowProblem.DateOfBirth);
        }

        Sex sex;
        switch (fields[5].Trim())
        {
            case "M": sex = Sex.Male; break;
            case "F": sex = Sex.Female; break;
            default: return RowResult.Bad(RegistryRowProblem.Sex);
        }

        var municipalityName = names.Get(fields[6].Trim());
        var municipality = Municipalities.FindByAlbanianName(municipalityName);
        if (municipality is null)
        {
            return RowResult.Bad(RegistryRowProblem.Municipality, Truncate(municipalityName));
        }

        var status = ParseStatus(fields[7].Trim());
        if (status is null)
        {
            return RowResult.Bad(RegistryRowProblem.Status);
        }

        return RowResult.Good(new CivilRegistryEntry(
            personalNumber!,
            names.Get(firstName),
            names.Get(lastName),
            fatherName.Length == 0 ? null : names.Get(fatherName),
            dateOfBirth,
            sex,
            municipality.Id,
            status.Value));
    }

    public static string StatusText(RegistryStatus status) => status.ToString().ToLowerInvariant();

    private static RegistryStatus? ParseStatus(ReadOnlySpan<char> value) =>
        value.Length == 0 || value.Equals("active", StringComparison.OrdinalIgnoreCase) ? RegistryStatus.Active
        : value.Equals("deceased", StringComparison.OrdinalIgnoreCase) ? RegistryStatus.Deceased
        : value.Equals("ineligible", StringComparison.OrdinalIgnoreCase) ? RegistryStatus.Ineligible
        : null;

    /// <summary>Exactly YYYY-MM-DD, a real calendar day; by hand because the general parser dominated the import's time.</summary>
    private static DateOnly? ParseDate(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value[..4], out var year) || !TryDigits(value.Slice(5, 2), out var month) || !TryDigits(value.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool IsName(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>A parsed row: the entry, or why it was refused and the value at fault where the text quotes one.</summary>
public readonly record struct RowResult(CivilRegistryEntry? Entry, RegistryRowProblem? Problem, string? Detail = null)
{
    public static RowResult Good(CivilRegistryEntry entry) => new(entry, null);

    public static RowResult Bad(RegistryRowProblem problem, string? detail = null) => new(null, problem, detail);
}
