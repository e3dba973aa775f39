namespace KosovoElections.Domain.Applications;

/// <summary>The applicant's address outside Kosovo; the country is an ISO 3166-1 alpha-2 code other than XK.</summary>
public sealed record AddressAbroad(string CountryCode, string City, string Street, string PostalCode);
