using KosovoElections.Application.Postal;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.IntegrationTests.Postal;

/// <summary>
/// The setting <c>PostalEntry:DeadlineCounts</c> at the boundary: registration closes at midnight Kosovo time between
/// 15 and 16 March 2027 (23:00 UTC), and the letters are entered days later, as post arrives.
/// </summary>
public abstract class PostalDeadlineTests(DataFixture fixture)
{
    private static readonly DateOnly DeadlineDay = new(2027, 3, 15);

    private readonly PostalSeed _seed = new(fixture);

    [Theory]
    [InlineData(DeadlineDate.Received, 15, 14, PostalEntryStatus.Entered)]
    [InlineData(DeadlineDate.Received, 16, 14, PostalEntryStatus.TooLate)]
    [InlineData(DeadlineDate.Postmark, 18, 15, PostalEntryStatus.Entered)]
    [InlineData(DeadlineDate.Postmark, 18, 16, PostalEntryStatus.TooLate)]
    public async Task Enter_ByPost_CountsTheDateTheSettingNames(DeadlineDate counts, int receivedDay, int postmarkDay, PostalEntryStatus expected)
    {
        var number = await ArrangeAsync();
        var form = _seed.Form(number, new DateOnly(2027, 3, receivedDay), new DateOnly(2027, 3, postmarkDay));

        var result = await Use(counts).HandleAsync(new EnterPostalCommand(await _seed.StaffAsync(StaffRole.Supervisor), form, PostalSeed.Documents()));

        Assert.Equal(expected, result.Status);
        await using var db = await fixture.Db.CreateAsync();
        Assert.Equal(expected == PostalEntryStatus.Entered, await db.Applications.AnyAsync(a => a.PersonalNumber == number));
    }

    [Fact]
    public async Task Enter_ByEmailWhenThePostmarkCounts_CountsTheDayReceived()
    {
        var number = await ArrangeAsync();
        var form = _seed.Form(number, DeadlineDay.AddDays(1), channel: "Email");

        var result = await Use(DeadlineDate.Postmark).HandleAsync(new EnterPostalCommand(await _seed.StaffAsync(StaffRole.Supervisor), form, PostalSeed.Documents()));

        Assert.Equal(PostalEntryStatus.TooLate, result.Status);
    }

    private EnterPostalApplication Use(DeadlineDate counts) =>
        ActivatorUtilities.CreateInstance<EnterPostalApplication>(fixture.Services, new PostalEntryOptions { DeadlineCounts = counts });

    /// <summary>The election that closed at the deadline, the clock on 20 March, and a new eligible person.</summary>
    private async Task<string> ArrangeAsync()
    {
        fixture.Clock.Set(new DateTimeOffset(2027, 3, 20, 9, 0, 0, TimeSpan.Zero));
        await using (var db = await fixture.Db.CreateAsync())
        {
            if (!await db.Elections.AnyAsync())
            {
                db.Elections.Add(Election.Create("Deadline 2027", ElectionKind.Local, new DateOnly(2027, 4, 11), new DateTime(2027, 2, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 15, 23, 0, 0, DateTimeKind.Utc)));
                await db.SaveChangesAsync();
            }
        }

        return await _seed.PersonAsync();
    }
}

public sealed class PostalDeadlineTestsOnSqlite(SqliteFixture fixture) : PostalDeadlineTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostalDeadlineTestsOnPostgres(PostgresFixture fixture) : PostalDeadlineTests(fixture), IClassFixture<PostgresFixture>;
