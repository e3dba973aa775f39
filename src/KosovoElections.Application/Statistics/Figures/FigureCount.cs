namespace KosovoElections.Application.Statistics.Figures;

/// <summary>
/// How many of one election's sent applications have one value of one figure now (status Approved, country DE, …).
/// Kept by every save of an application in the same transaction, never by a use case (docs/decisions/0020).
/// </summary>
public sealed class FigureCount(Guid electionId, Figure figure, string key, int count)
{
    public Guid ElectionId { get; private set; } = electionId;

    public Figure Figure { get; private set; } = figure;

    public string Key { get; private set; } = key;

    public int Count { get; private set; } = count;
}

/// <summary>
/// How many of one election's applications were sent (by channel) or decided (by outcome) in one UTC hour, counting
/// each application as it stands now. Kept like <see cref="FigureCount"/>.
/// </summary>
public sealed class FigureHour(Guid electionId, Figure figure, string key, DateTime hour, int count)
{
    public Guid ElectionId { get; private set; } = electionId;

    public Figure Figure { get; private set; } = figure;

    public string Key { get; private set; } = key;

    /// <summary>The UTC instant the hour begins.</summary>
    public DateTime Hour { get; private set; } = hour;

    public int Count { get; private set; } = count;
}
