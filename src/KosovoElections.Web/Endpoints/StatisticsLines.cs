using System.Globalization;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Statistics;
using KosovoElections.Web.Components.Statistics;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Endpoints;

/// <summary>One published count of the journalists' files: its table, its key, its name in the reader's language.</summary>
internal sealed record StatisticsLine(string Section, string Key, string Name, PublishedCount Count);

/// <summary>The public figures as lines, the one shape the CSV and the JSON files are both written from.</summary>
internal static class StatisticsLines
{
    public static IEnumerable<StatisticsLine> Of(PublicFigures figures, IStringLocalizer<Text> t)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        yield return new StatisticsLine("total", string.Empty, t["Statistics_Total"], figures.Total);
        foreach (var line in Lines("status", figures.ByStatus, s => s.ToString(), s => t[TextKey.For(s)]))
        {
            yield return line;
        }

        foreach (var (section, table) in new[] { ("submitted-by-day", figures.SubmittedByDay), ("approved-by-day", figures.ApprovedByDay), ("rejected-by-day", figures.RejectedByDay) })
        {
            foreach (var line in Lines(section, table, Day, Day))
            {
                yield return line;
            }
        }

        foreach (var line in Lines("country", figures.ByCountry, c => c, c => Countries.Find(c)?.NameIn(culture) ?? c))
        {
            yield return line;
        }

        foreach (var line in Lines("municipality", figures.ByMunicipality, m => m.Id.ToString(CultureInfo.InvariantCulture), m => m.NameIn(culture)))
        {
            yield return line;
        }

        foreach (var line in Lines("channel", figures.ByChannel, c => c.ToString(), c => t[TextKey.For(c)]))
        {
            yield return line;
        }
    }

    /// <summary>A table's rows; a table withheld as a whole is one line saying so.</summary>
    private static IEnumerable<StatisticsLine> Lines<TKey>(string section, PublishedTable<TKey> table, Func<TKey, string> key, Func<TKey, string> name) =>
        table.IsWithheld
            ? [new StatisticsLine(section, string.Empty, string.Empty, PublishedCount.Withheld)]
            : table.Rows.Select(r => new StatisticsLine(section, key(r.Key), name(r.Key), r.Count));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
