namespace KosovoElections.Domain.Registry;

/// <summary>The 38 municipalities of Kosovo (Law No. 03/L-040), numbered alphabetically by Albanian name.</summary>
public static class Municipalities
{
    public static IReadOnlyList<Municipality> All { get; } =
    [
        new(1, "Deçan", "Dečane"),
        new(2, "Dragash", "Dragaš"),
        new(3, "Ferizaj", "Uroševac"),
        new(4, "Fushë Kosovë", "Kosovo Polje"),
        new(5, "Gjakovë", "Đakovica"),
        new(6, "Gjilan", "Gnjilane"),
        new(7, "Drenas", "Glogovac"),
        new(8, "Graçanicë", "Gračanica"),
        new(9, "Hani i Elezit", "Elez Han"),
        new(10, "Istog", "Istok"),
        new(11, "Junik", "Junik"),
        new(12, "Kaçanik", "Kačanik"),
        new(13, "Kamenicë", "Kamenica"),
        new(14, "Klinë", "Klina"),
        new(15, "Kllokot", "Klokot"),
        new(16, "Leposaviq", "Leposavić"),
        new(17, "Lipjan", "Lipljan"),
        new(18, "Malishevë", "Mališevo"),
        new(19, "Mamushë", "Mamuša"),
        new(20, "Mitrovicë e Jugut", "Južna Mitrovica"),
        new(21, "Mitrovicë e Veriut", "Severna Mitrovica"),
        new(22, "Novobërdë", "Novo Brdo"),
        new(23, "Obiliq", "Obilić"),
        new(24, "Partesh", "Parteš"),
        new(25, "Pejë", "Peć"),
        new(26, "Podujevë", "Podujevo"),
        new(27, "Prishtinë", "Priština"),
        new(28, "Prizren", "Prizren"),
        new(29, "Rahovec", "Orahovac"),
        new(30, "Ranillug", "Ranilug"),
        new(31, "Shtërpcë", "Štrpce"),
        new(32, "Shtime", "Štimlje"),
        new(33, "Skënderaj", "Srbica"),
        new(34, "Suharekë", "Suva Reka"),
        new(35, "Viti", "Vitina"),
        new(36, "Vushtrri", "Vučitrn"),
        new(37, "Zubin Potok", "Zubin Potok"),
        new(38, "Zveçan", "Zvečan"),
    ];

    private static readonly Dictionary<string, Municipality> ByAlbanianName = BuildIndex();

    /// <summary>Finds a municipality by its Albanian name as the registry writes it; "Gllogoc" and "Drenas (Gllogoc)" name Drenas too.</summary>
    public static Municipality? FindByAlbanianName(string name) =>
        ByAlbanianName.GetValueOrDefault(name.Trim());

    private static Dictionary<string, Municipality> BuildIndex()
    {
        var index = All.ToDictionary(m => m.NameSq, StringComparer.OrdinalIgnoreCase);
        index["Gllogoc"] = index["Drenas"];
        index["Drenas (Gllogoc)"] = index["Drenas"];
        return index;
    }
}
