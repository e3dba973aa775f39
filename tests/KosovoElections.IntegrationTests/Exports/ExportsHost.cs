using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Statistics;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Exports;

/// <summary>
/// The staff site with the CEC's three mailboxes and six applications: four approved (names typed as formulas among
/// them), one still submitted, one rejected; every export is compared with these.
/// </summary>
public abstract class ExportsHost(DatabaseProvider provider, string name) : StaffSiteHost(provider, name)
{
    public const string KosovoMailbox = "KQZ, Kutia postare 1\nPrishtinë";
    public const string DefaultAbroadMailbox = "CEC Abroad\nPO Box 100";
    public const string GermanMailbox = "CEC Deutschland\nPostfach 9";

    public static readonly DateTime Sent = new(2027, 2, 3, 9, 0, 0, DateTimeKind.Utc), Decided = new(2027, 2, 4, 9, 0, 0, DateTimeKind.Utc);

    public IReadOnlyList<SeededVoter> Voters { get; } =
    [
        Voter(0, "=HYPERLINK(\"http://evil.example\")", "Gashi, Jr.", StatisticsHost.Leposaviq, "DE", ReturnMethod.PostalAbroad),
        Voter(1, "+Arta", "-Krasniqi", StatisticsHost.NovoBerde, "CH", ReturnMethod.PostalKosovo),
        Voter(2, "@Besa", "Hoxha \"Beni\"", StatisticsHost.Leposaviq, "AT", ReturnMethod.PostalAbroad),
        Voter(3, "Dardan", "Berisha", StatisticsHost.Leposaviq, "DE", ReturnMethod.PostalKosovo),
        Voter(4, "Submitted", "Pending", StatisticsHost.Leposaviq, "DE", ReturnMethod.PostalAbroad, ApplicationStatus.Submitted, ApplicationChannel.Post),
        Voter(5, "Rejected", "Refused", StatisticsHost.NovoBerde, "CH", ReturnMethod.PostalAbroad, ApplicationStatus.Rejected, ApplicationChannel.Email),
    ];

    public IReadOnlyList<VoterApplication> Applications { get; private set; } = [];

    protected override async Task SeedAsync(TestHost host)
    {
        await base.SeedAsync(host);
        await using (var db = await host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var election = await db.Elections.SingleAsync();
            db.Mailboxes.AddRange(
                Mailbox.InKosovo(election, KosovoMailbox), Mailbox.Abroad(election, null, DefaultAbroadMailbox), Mailbox.Abroad(election, "DE", GermanMailbox));
            await db.SaveChangesAsync();
        }

        Applications = await host.AddVotersAsync(Voters);
    }

    /// <summary>Where the ballot of <paramref name="voter"/> goes back, as the exports write it (lines joined by commas).</summary>
    public static string SendTo(SeededVoter voter) =>
        (voter.Method == ReturnMethod.PostalKosovo ? KosovoMailbox : voter.Country == "DE" ? GermanMailbox : DefaultAbroadMailbox).Replace("\n", ", ", StringComparison.Ordinal);

    private static SeededVoter Voter(
        int i, string first, string last, int municipality, string country, ReturnMethod method,
        ApplicationStatus status = ApplicationStatus.Approved, ApplicationChannel channel = ApplicationChannel.Online) =>
        new((5_900_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture), first, last, municipality, country, method, Sent, status,
            status == ApplicationStatus.Submitted ? null : Decided, channel);
}

public sealed class SqliteExportsHost() : ExportsHost(DatabaseProvider.Sqlite, "exports");

public sealed class PostgresExportsHost() : ExportsHost(DatabaseProvider.Postgres, "exports");
