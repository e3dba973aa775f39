using KosovoElections.Application.Statistics;

namespace KosovoElections.UnitTests.Statistics;

/// <summary>
/// Decision 0015 tried against a reader who knows the rules: for every small table, every table of true counts that
/// would publish the same thing is enumerated, and no count of 1 to 4 may come out the same in all of them.
/// </summary>
public sealed class SmallCountsTests
{
    [Theory]
    [InlineData(new[] { 12, 3, 0 }, "withheld <5 0")]
    [InlineData(new[] { 12, 3, 9 }, "12 <5 withheld")]
    [InlineData(new[] { 10, 3, 2 }, "10 <5 <5")]
    [InlineData(new[] { 8, 5, 2 }, "8 withheld <5")]
    [InlineData(new[] { 5, 1 }, "table withheld")]
    [InlineData(new[] { 7, 6, 0 }, "7 6 0")]
    [InlineData(new[] { 1, 1, 1, 1, 1 }, "table withheld")]
    public void Protect_Examples_ShowWhatTheDecisionSays(int[] counts, string expected) =>
        Assert.Equal(expected, Shown(SmallCounts.Protect([.. counts.Select((c, i) => (i, c))])));

    [Fact]
    public void Protect_EveryTableOfThreeUpToNineAndOfFourUpToSix_NeverPinsDownACountUnderFive()
    {
        var tables = Tables(3, 9).Concat(Tables(4, 6));
        foreach (var counts in tables)
        {
            var published = SmallCounts.Protect([.. counts.Select((c, i) => (i, c))]);
            if (published.IsWithheld)
            {
                continue;
            }

            Assert.All(published.Rows, row => Assert.True(row.Count.Shown != CountShown.Exact || counts[row.Key] == row.Count.Value));
            Assert.All(published.Rows.Where(r => r.Count.Shown == CountShown.Exact), r => Assert.True(r.Count.Value is 0 or >= SmallCounts.Threshold));
            var possible = Consistent(published, counts.Sum()).ToList();
            foreach (var row in published.Rows.Where(r => r.Count.Shown == CountShown.FewerThanFive))
            {
                Assert.True(possible.Select(p => p[row.Key]).Distinct().Count() > 1, $"[{string.Join(", ", counts)}] gives away cell {row.Key}: {Shown(published)}");
            }
        }
    }

    [Fact]
    public void Single_OneToFour_FewerThanFive()
    {
        Assert.Equal(CountShown.FewerThanFive, SmallCounts.Single(4).Shown);
        Assert.Equal(PublishedCount.Exactly(0), SmallCounts.Single(0));
        Assert.Equal(PublishedCount.Exactly(5), SmallCounts.Single(5));
    }

    private static string Shown(PublishedTable<int> table) => table.IsWithheld ? "table withheld" : string.Join(' ', table.Rows.Select(r => r.Count.Shown switch
    {
        CountShown.Exact => r.Count.Value.ToString(),
        CountShown.FewerThanFive => "<5",
        _ => "withheld",
    }));

    /// <summary>Every table of true counts that the reader cannot tell apart from the published one, with the same total.</summary>
    private static IEnumerable<int[]> Consistent(PublishedTable<int> published, int total)
    {
        var ranges = published.Rows.Select(r => r.Count.Shown switch
        {
            CountShown.Exact => Enumerable.Range(r.Count.Value!.Value, 1),
            CountShown.FewerThanFive => Enumerable.Range(1, SmallCounts.Threshold - 1),
            _ => Enumerable.Range(SmallCounts.Threshold, total),
        }).ToList();
        return Product(ranges).Where(t => t.Sum() == total);
    }

    private static IEnumerable<int[]> Product(IReadOnlyList<IEnumerable<int>> ranges) =>
        ranges.Aggregate(new[] { Array.Empty<int>() }.AsEnumerable(), (acc, range) => acc.SelectMany(prefix => range.Select(v => (int[])[.. prefix, v])));

    private static IEnumerable<int[]> Tables(int cells, int max) =>
        Product([.. Enumerable.Repeat(Enumerable.Range(0, max + 1), cells)]);
}
