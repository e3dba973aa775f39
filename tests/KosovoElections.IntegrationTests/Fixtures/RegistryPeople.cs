using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>People put straight into the civil registry table, as the registry import leaves them; all are Blerta Shala.</summary>
public static class RegistryPeople
{
    public const string FirstName = "Blerta";
    public const string LastName = "Shala";

    /// <summary>Where every one of them is registered: Rahovec.</summary>
    public const int Municipality = 29;

    public static CivilRegistryEntry Person(string personalNumber, DateOnly born, RegistryStatus status = RegistryStatus.Active) =>
        new(personalNumber, FirstName, LastName, "Agim", born, Sex.Female, Municipality, status);

    /// <summary>Adds <paramref name="people"/> to the civil registry in the host's database.</summary>
    public static async Task AddToRegistryAsync(this TestHost host, IEnumerable<CivilRegistryEntry> people)
    {
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        db.RegistryEntries.AddRange(people);
        await db.SaveChangesAsync();
    }
}
