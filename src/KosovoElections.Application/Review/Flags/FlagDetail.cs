using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Review.Flags;

/// <summary>
/// A flag's <see cref="ApplicationFlag.Detail"/>, written once and read once: enum names separated by spaces (the
/// document kinds concerned, or an earlier application's status and reasons), so the review screen shows them in the
/// reader's language and no sentence is stored.
/// </summary>
public sealed record FlagDetail(IReadOnlyList<DocumentKind> Documents, ApplicationStatus? EarlierStatus, IReadOnlyList<DecisionReason> EarlierReasons)
{
    public static readonly FlagDetail None = new([], null, []);

    public static string Of(IEnumerable<DocumentKind> documents) => string.Join(' ', documents.Distinct().Order());

    public static string Of(ApplicationStatus status, IEnumerable<DecisionReason> reasons) => string.Join(' ', [status.ToString(), .. reasons.Select(r => r.ToString())]);

    /// <summary>What a stored detail names; words it does not know (from a later version) are left out.</summary>
    public static FlagDetail Parse(string? detail)
    {
        var words = (detail ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsAsciiLetter)).ToList();
        return new(
            [.. words.Select(w => Enum.TryParse<DocumentKind>(w, out var kind) ? kind : (DocumentKind?)null).OfType<DocumentKind>()],
            words.Select(w => Enum.TryParse<ApplicationStatus>(w, out var status) ? status : (ApplicationStatus?)null).FirstOrDefault(s => s is not null),
            [.. words.Select(w => Enum.TryParse<DecisionReason>(w, out var reason) ? reason : (DecisionReason?)null).OfType<DecisionReason>()]);
    }
}
