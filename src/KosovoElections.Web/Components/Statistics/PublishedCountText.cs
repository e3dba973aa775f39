using System.Globalization;
using KosovoElections.Application.Statistics;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Components.Statistics;

/// <summary>How a published count reads on the page and in the journalists' files.</summary>
public static class PublishedCountText
{
    /// <summary>The number, or "fewer than 5" / "withheld" in the reader's language.</summary>
    public static string Of(PublishedCount count, IStringLocalizer<Text> t) => count.Shown switch
    {
        CountShown.Exact => Number(count.Value ?? 0),
        CountShown.FewerThanFive => t["Statistics_FewerThanFive"],
        _ => t["Statistics_Withheld"],
    };

    /// <summary>The machine-readable note of a hidden count in the CSV and JSON files; null for an exact one.</summary>
    public static string? Note(PublishedCount count) => count.Shown switch
    {
        CountShown.FewerThanFive => "fewer-than-5",
        CountShown.Withheld => "withheld",
        _ => null,
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
