namespace KosovoElections.Application.Statistics;

/// <summary>How a public count is shown: exactly, as "fewer than 5", or withheld so that another cell cannot be worked out.</summary>
public enum CountShown
{
    Exact,
    FewerThanFive,
    Withheld,
}

/// <summary>A count as published; <see cref="Value"/> is there only when it is shown exactly, so a page cannot leak a hidden one.</summary>
public sealed record PublishedCount(CountShown Shown, int? Value)
{
    public static PublishedCount Exactly(int value) => new(CountShown.Exact, value);

    public static readonly PublishedCount FewerThanFive = new(CountShown.FewerThanFive, null);

    public static readonly PublishedCount Withheld = new(CountShown.Withheld, null);
}

public sealed record PublishedRow<TKey>(TKey Key, PublishedCount Count);

/// <summary>
/// One table of public counts. <see cref="IsWithheld"/>: too few applications to show any row of it without
/// identifying someone, so it has no rows.
/// </summary>
public sealed record PublishedTable<TKey>(IReadOnlyList<PublishedRow<TKey>> Rows, bool IsWithheld)
{
    public static PublishedTable<TKey> WithheldWhole() => new([], true);

    /// <summary>The count of <paramref name="key"/>, or an exact 0 when the table has no such row.</summary>
    public PublishedCount this[TKey key] =>
        Rows.FirstOrDefault(r => EqualityComparer<TKey>.Default.Equals(r.Key, key))?.Count ?? PublishedCount.Exactly(0);
}
