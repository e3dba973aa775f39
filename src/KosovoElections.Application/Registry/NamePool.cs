namespace KosovoElections.Application.Registry;

/// <summary>
/// Reuses one string per distinct name: a registry repeats a few thousand names millions of times. Bounded, so an
/// import of any size keeps constant memory; past the bound new names are simply not pooled.
/// </summary>
public sealed class NamePool(int capacity = 65_536)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> name)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var pooled))
        {
            return pooled;
        }

        var text = name.ToString();
        if (_names.Count < capacity)
        {
            _names.Add(text, text);
        }

        return text;
    }
}
