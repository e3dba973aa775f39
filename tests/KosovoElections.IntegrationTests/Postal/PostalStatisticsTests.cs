using KosovoElections.Application.Postal;
using KosovoElections.Application.Statistics;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>The public statistics count applications by how they arrived; alone in its database, so the counts are this test's.</summary>
public abstract class PostalStatisticsTests(DataFixture fixture)
{
    [Fact]
    public async Task PublicStatistics_FivePaperApplications_AreCountedByPost()
    {
        var seed = new PostalSeed(fixture);
        await seed.ElectionAsync();
        var supervisor = await seed.StaffAsync(StaffRole.Supervisor);
        for (var i = 0; i < 5; i++)
        {
            var entered = await fixture.Get<EnterPostalApplication>().HandleAsync(new EnterPostalCommand(supervisor, seed.Form(await seed.PersonAsync()), PostalSeed.Documents()));
            Assert.Equal(PostalEntryStatus.Entered, entered.Status);
        }

        var figures = (await fixture.Get<GetPublicStatistics>().HandleAsync())!;

        Assert.Equal(
            [(ApplicationChannel.Online, 0), (ApplicationChannel.Post, 5), (ApplicationChannel.Email, 0)],
            Enum.GetValues<ApplicationChannel>().Select(c => (c, figures.ByChannel[c].Value ?? -1)));
    }
}

public sealed class PostalStatisticsTestsOnSqlite(SqliteFixture fixture) : PostalStatisticsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostalStatisticsTestsOnPostgres(PostgresFixture fixture) : PostalStatisticsTests(fixture), IClassFixture<PostgresFixture>;
