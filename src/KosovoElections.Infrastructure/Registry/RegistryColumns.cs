namespace KosovoElections.Infrastructure.Registry;

/// <summary>The registry table's columns in the order both sinks write them (see CivilRegistryEntryConfiguration).</summary>
internal static class RegistryColumns
{
    public const string Table = Persistence.Configurations.CivilRegistryEntryConfiguration.Table;

    public const string List = "personal_number, first_name, last_name, father_name, date_of_birth, sex, municipality_id, status";

    public const string UpdateFromExcluded =
        "first_name = excluded.first_name, last_name = excluded.last_name, father_name = excluded.father_name, " +
        "date_of_birth = excluded.date_of_birth, sex = excluded.sex, municipality_id = excluded.municipality_id, status = excluded.status";
}
