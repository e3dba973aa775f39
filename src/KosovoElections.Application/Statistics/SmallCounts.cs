namespace KosovoElections.Application.Statistics;

/// <summary>
/// Publishes a table of counts whose total is known (decision 0015): a count of 1 to 4 is shown as "fewer than 5"; then,
/// while the total minus the shown counts would still pin down one of those, the smallest shown count is withheld as
/// well; and when even that cannot protect them, the whole table is withheld.
/// </summary>
public static class SmallCounts
{
    /// <summary>The smallest count published exactly (other than 0).</summary>
    public const int Threshold = 5;

    public static PublishedTable<TKey> Protect<TKey>(IReadOnlyList<(TKey Key, int Count)> cells)
    {
        var total = cells.Sum(c => c.Count);
        var small = cells.Count(c => IsSmall(c.Count));
        var withheld = new HashSet<int>();
        var order = Enumerable.Range(0, cells.Count).Where(i => cells[i].Count >= Threshold).OrderBy(i => cells[i].Count).ToList();
        while (small > 0 && Reveals(total - cells.Where((c, i) => !IsSmall(c.Count) && !withheld.Contains(i)).Sum(c => c.Count), small, withheld.Count))
        {
            if (order.Count == withheld.Count)
            {
                return PublishedTable<TKey>.WithheldWhole();
            }

            withheld.Add(order[withheld.Count]);
        }

        return new PublishedTable<TKey>(
            [.. cells.Select((c, i) => new PublishedRow<TKey>(c.Key,
                IsSmall(c.Count) ? PublishedCount.FewerThanFive
                : withheld.Contains(i) ? PublishedCount.Withheld
                : PublishedCount.Exactly(c.Count)))],
            false);
    }

    /// <summary>A lone count, such as a grand total, as published: fewer than 5 when it is 1 to 4.</summary>
    public static PublishedCount Single(int count) => IsSmall(count) ? PublishedCount.FewerThanFive : PublishedCount.Exactly(count);

    private static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>
    /// Whether a reader who knows the hidden cells add up to <paramref name="hidden"/>, that each "fewer than 5" is 1 to 4
    /// and each withheld one at least 5, could tell the exact value of a "fewer than 5" cell (they all have the same bounds).
    /// </summary>
    private static bool Reveals(int hidden, int small, int withheld)
    {
        var othersAtLeast = (small - 1) + (withheld * Threshold);
        var othersAtMost = withheld > 0 ? int.MaxValue / 2 : (small - 1) * (Threshold - 1);
        var lowest = Math.Max(1, hidden - othersAtMost);
        var highest = Math.Min(Threshold - 1, hidden - othersAtLeast);
        return lowest >= highest;
    }
}
