namespace KosovoElections.Domain.Registry;

/// <summary>One of Kosovo's 38 municipalities, with its official Albanian and Serbian names.</summary>
public sealed class Municipality
{
    public Municipality(int id, string nameSq, string nameSr)
    {
        Id = id;
        NameSq = nameSq;
        NameSr = nameSr;
    }

    public int Id { get; private set; }

    public string NameSq { get; private set; }

    public string NameSr { get; private set; }

    /// <summary>The name in the reader's language: Serbian for sr, Albanian otherwise (English uses the Albanian official name).</summary>
    public string NameIn(string languageCode) => languageCode.StartsWith("sr", StringComparison.OrdinalIgnoreCase) ? NameSr : NameSq;
}
