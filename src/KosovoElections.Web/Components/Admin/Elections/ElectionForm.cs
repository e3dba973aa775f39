using KosovoElections.Domain.Elections;

namespace KosovoElections.Web.Components.Admin.Elections;

/// <summary>What an admin types about an election on its page: its names, its day and the return methods offered.</summary>
public class ElectionForm
{
    public string? Name { get; set; }

    public string? NameSr { get; set; }

    public string? NameEn { get; set; }

    public KosovoInstantFields Day { get; set; } = new();

    public bool OffersPostalAbroad { get; set; }

    public bool OffersPostalKosovo { get; set; }

    /// <summary>Field id → text key of each name left empty, in the order of the page.</summary>
    public IEnumerable<KeyValuePair<string, string>> MissingNames() =>
        new[] { (nameof(Name), Name), (nameof(NameSr), NameSr), (nameof(NameEn), NameEn) }
            .Where(n => string.IsNullOrWhiteSpace(n.Item2))
            .Select(n => new KeyValuePair<string, string>(n.Item1, Application.Administration.Elections.CreateElectionValidator.NameRequired));
}

/// <summary>A new election: also its kind and registration window.</summary>
public sealed class NewElectionForm : ElectionForm
{
    public ElectionKind? Kind { get; set; }

    public KosovoInstantFields Opens { get; set; } = new();

    public KosovoInstantFields Closes { get; set; } = new();
}
