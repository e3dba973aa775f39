namespace KosovoElections.Domain.Registry;

/// <summary>Why a line of a registry CSV was refused; each has a text in every language, and the command prints the English one.</summary>
[ShownToPeople]
public enum RegistryRowProblem
{
    /// <summary>The file has no first line.</summary>
    EmptyFile,

    /// <summary>The first line is not the header of SPEC §8.</summary>
    Header,

    /// <summary>Not eight fields; the detail is how many there were.</summary>
    FieldCount,

    /// <summary>Too long a line, or too many fields to read.</summary>
    TooLong,

    PersonalNumber,

    Names,

    DateOfBirth,

    Sex,

    /// <summary>No municipality of that Albanian name; the detail is the name as written.</summary>
    Municipality,

    Status,
}
