namespace KosovoElections.Domain.Elections;

/// <summary>Where a CEC mailbox is: the one in Kosovo, or one abroad.</summary>
public enum MailboxPlace
{
    Kosovo,
    Abroad,
}

/// <summary>
/// A CEC P.O. box to which ballot packages are posted (SPEC §3). Abroad a mailbox serves one country; the one abroad
/// without a country is the default for every country that has none of its own.
/// </summary>
public sealed class Mailbox
{
    public const int AddressMaxLength = 500;

    private Mailbox(Guid id, Guid electionId, MailboxPlace place, string? countryCode, string address)
    {
        Id = id;
        ElectionId = electionId;
        Place = place;
        CountryCode = countryCode;
        Address = address;
    }

    public Guid Id { get; private set; }

    public Guid ElectionId { get; private set; }

    public MailboxPlace Place { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 of the country served; null in Kosovo and for the default abroad mailbox.</summary>
    public string? CountryCode { get; private set; }

    /// <summary>The postal address as printed on the ballot package, lines separated by new lines.</summary>
    public string Address { get; private set; }

    public bool IsDefaultAbroad => Place == MailboxPlace.Abroad && CountryCode is null;

    public static Mailbox InKosovo(Election election, string address) =>
        new(Guid.NewGuid(), election.Id, MailboxPlace.Kosovo, null, CheckAddress(address));

    /// <summary>A mailbox abroad for <paramref name="countryCode"/>, or the default abroad one when it is null.</summary>
    public static Mailbox Abroad(Election election, string? countryCode, string address)
    {
        if (countryCode is not null && !CountryCodes.IsAbroad(countryCode))
        {
            throw new DomainException($"A mailbox abroad needs a country code of two capital letters other than XK; \"{countryCode}\" is not.");
        }

        return new(Guid.NewGuid(), election.Id, MailboxPlace.Abroad, countryCode, CheckAddress(address));
    }

    public void ChangeAddress(string address) => Address = CheckAddress(address);

    private static string CheckAddress(string address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Trim().Length > AddressMaxLength)
        {
            throw new DomainException($"A mailbox needs an address of at most {AddressMaxLength} characters.");
        }

        return address.Trim();
    }
}
