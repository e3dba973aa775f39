namespace KosovoElections.Domain.Elections;

/// <summary>
/// A Kosovo embassy or consulate where voters of an Assembly election may vote in person (SPEC §1). It has a capacity;
/// places are reserved first come, first served, and <see cref="Reserved"/> never exceeds <see cref="Capacity"/>.
/// </summary>
public sealed class DiplomaticMission
{
    public const int NameMaxLength = 200;
    public const int CityMaxLength = 100;

    private DiplomaticMission(Guid id, Guid electionId, string name, string countryCode, string city, int capacity)
    {
        Id = id;
        ElectionId = electionId;
        Name = name;
        CountryCode = countryCode;
        City = city;
        Capacity = capacity;
    }

    public Guid Id { get; private set; }

    public Guid ElectionId { get; private set; }

    public string Name { get; private set; }

    public string CountryCode { get; private set; }

    public string City { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>Places taken; changed only by one conditional UPDATE in the database, so concurrent applicants never overbook.</summary>
    public int Reserved { get; private set; }

    public int PlacesLeft => Capacity - Reserved;

    public static DiplomaticMission Open(Election election, string name, string countryCode, string city, int capacity)
    {
        if (!election.OffersDiplomaticMission)
        {
            throw new DomainException("Diplomatic missions are offered for Assembly elections only.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"A mission needs a name of at most {NameMaxLength} characters.");
        }

        if (!CountryCodes.IsAbroad(countryCode))
        {
            throw new DomainException($"A mission needs a country code of two capital letters other than XK; \"{countryCode}\" is not.");
        }

        if (string.IsNullOrWhiteSpace(city) || city.Trim().Length > CityMaxLength)
        {
            throw new DomainException($"A mission needs a city of at most {CityMaxLength} characters.");
        }

        if (capacity < 1)
        {
            throw new DomainException("A mission needs a capacity of at least one voter.");
        }

        return new DiplomaticMission(Guid.NewGuid(), election.Id, name.Trim(), countryCode, city.Trim(), capacity);
    }
}
