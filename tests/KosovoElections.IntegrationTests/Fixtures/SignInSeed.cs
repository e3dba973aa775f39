using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using static KosovoElections.IntegrationTests.Fixtures.RegistryPeople;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// The election (open from February to June 2027) and the people every test of a signed-in applicant starts from:
/// an adult, a deceased person, a minor and sixty numbered adults, in any host's database.
/// </summary>
public static class SignInSeed
{
    public static readonly DateTimeOffset Opens = new(2027, 2, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Closes = new(2027, 6, 30, 21, 59, 0, TimeSpan.Zero);
    public static readonly DateOnly ElectionDay = new(2027, 7, 11);

    public const string Adult = "5000000001";
    public const string Deceased = "5000000003";
    public const string Minor = "5000000004";
    public static readonly DateOnly AdultBorn = new(1990, 4, 12);
    public static readonly DateOnly MinorBorn = ElectionDay.AddYears(-18).AddDays(1); // turns 18 the day after election day

    /// <summary>The election and the people, through the use case the `election create` command runs.</summary>
    public static async Task SeedAsync(TestHost host)
    {
        var election = await host.Get<CreateElection>().HandleAsync(
            new CreateElectionCommand("Zgjedhjet 2027", ElectionKind.Local, ElectionDay, Opens.UtcDateTime, Closes.UtcDateTime, "test"));
        Assert.True(election.Succeeded, string.Join("; ", election.Errors));

        await host.AddToRegistryAsync(
        [
            Person(Adult, AdultBorn),
            Person(Deceased, new DateOnly(1950, 1, 1), RegistryStatus.Deceased),
            Person(Minor, MinorBorn),
            .. Enumerable.Range(0, 60).Select(i => Person(Numbered(i), AdultBorn.AddDays(i))),
        ]);
    }

    /// <summary>Sixty more adults, 5100000000 … 5100000059, born on consecutive days from <see cref="AdultBorn"/>.</summary>
    public static string Numbered(int i) => (5_100_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
