namespace KosovoElections.Application.Statistics.Figures;

/// <summary>
/// What one save changes in the figures: for each application, minus one from the counts it belonged to and plus one
/// to those it belongs to now, summed, so that an application whose counted state did not change changes nothing.
/// </summary>
public sealed class FigureChanges
{
    private readonly Dictionary<FigureKey, int> _changes = [];

    /// <summary>The counts that change, by how much, in one order every save follows (so two saves never lock the same counts in opposite orders).</summary>
    public IReadOnlyList<KeyValuePair<FigureKey, int>> NonZero =>
        [.. _changes.Where(c => c.Value != 0)
            .OrderBy(c => c.Key.ElectionId).ThenBy(c => c.Key.Figure).ThenBy(c => c.Key.Hour).ThenBy(c => c.Key.Key, StringComparer.Ordinal)];

    public void Change(CountedApplication? before, CountedApplication? after)
    {
        foreach (var key in before?.Keys() ?? [])
        {
            _changes[key] = _changes.GetValueOrDefault(key) - 1;
        }

        foreach (var key in after?.Keys() ?? [])
        {
            _changes[key] = _changes.GetValueOrDefault(key) + 1;
        }
    }
}
