using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Statistics;

/// <summary>
/// The site with fifteen applications whose counts test every rule of the public figures: sent across Kosovo's midnight,
/// with small counts in the statuses, the countries and the municipalities.
/// </summary>
public abstract class StatisticsHost(DatabaseProvider provider, string name) : ApplicantSiteHost(provider, name)
{
    /// <summary>Leposaviq / Leposavić (10), Novobërdë / Novo Brdo (3), Podujevë / Podujevo (2).</summary>
    public const int Leposaviq = 16, NovoBerde = 22, Podujeve = 26;

    /// <summary>09:00 UTC on 2 February, 10:00 in Kosovo; the late ones at 23:30 UTC, already 3 February in Kosovo.</summary>
    public static readonly DateTime Early = new(2027, 2, 2, 9, 0, 0, DateTimeKind.Utc), Late = new(2027, 2, 2, 23, 30, 0, DateTimeKind.Utc);

    /// <summary>The election's name for Serbian and English readers (the Albanian one is the sign-in seed's).</summary>
    public const string SerbianName = "Izbori 2027", EnglishName = "Elections 2027";

    public static readonly DateTime Decided = new(2027, 2, 5, 10, 0, 0, DateTimeKind.Utc);

    public IReadOnlyList<SeededVoter> Voters { get; } = [.. Enumerable.Range(0, 15).Select(Voter)];

    public IReadOnlyList<VoterApplication> Applications { get; private set; } = [];

    protected override async Task SeedAsync(TestHost host)
    {
        await base.SeedAsync(host);
        await using (var db = await host.Get<ElectionsDbFactory>().CreateAsync())
        {
            await db.Elections.ExecuteUpdateAsync(s => s.SetProperty(e => e.NameSr, SerbianName).SetProperty(e => e.NameEn, EnglishName));
        }

        Applications = await host.AddVotersAsync(Voters);
    }

    /// <summary>
    /// 0–5 approved, 6–9 rejected, 10–14 still submitted; 0–9 from Leposaviq, 10–12 Novobërdë, 13–14 Podujevë;
    /// 0–7 in Germany, 8–12 Switzerland, 13–14 Austria; 0–9 sent early, 10–14 late.
    /// </summary>
    private static SeededVoter Voter(int i) => new(
        (5_800_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        $"Qendresa{(char)('A' + i)}",
        $"Zymberaj{(char)('A' + i)}",
        i < 10 ? Leposaviq : i < 13 ? NovoBerde : Podujeve,
        i < 8 ? "DE" : i < 13 ? "CH" : "AT",
        ReturnMethod.PostalAbroad,
        i < 10 ? Early : Late,
        i < 6 ? ApplicationStatus.Approved : i < 10 ? ApplicationStatus.Rejected : ApplicationStatus.Submitted,
        i < 10 ? Decided : null);
}
