using System.Globalization;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Statistics.Figures;

/// <summary>One count an application adds one to: a figure's key and, for the hourly figures, the UTC hour.</summary>
public readonly record struct FigureKey(Guid ElectionId, Figure Figure, string Key, DateTime? Hour);

/// <summary>
/// What the figures count an application by: the one definition of which counts it belongs to, used both when a save
/// changes an application and when the figures are counted again from the applications.
/// </summary>
public sealed record CountedApplication(
    Guid ElectionId,
    ApplicationStatus Status,
    ApplicationChannel Channel,
    ReturnMethod? ReturnMethod,
    string? Country,
    int? MunicipalityId,
    DateTime? SubmittedAt,
    DateTime? DecidedAt)
{
    /// <summary>The counts this application belongs to: none for a draft, which is not an application yet.</summary>
    public IEnumerable<FigureKey> Keys()
    {
        if (SubmittedAt is not { } sent)
        {
            yield break;
        }

        yield return Key(Figure.Status, Status.ToString());
        if (ReturnMethod is { } method)
        {
            yield return Key(Figure.ReturnMethod, method.ToString());
        }

        if (Country is not null)
        {
            yield return Key(Figure.Country, Country);
        }

        if (MunicipalityId is { } municipality)
        {
            yield return Key(Figure.Municipality, municipality.ToString(CultureInfo.InvariantCulture));
        }

        yield return new(ElectionId, Figure.Sent, Channel.ToString(), HourOf(sent));
        if (DecidedAt is { } decided && Status is ApplicationStatus.Approved or ApplicationStatus.Rejected)
        {
            yield return new(ElectionId, Figure.Decided, Status.ToString(), HourOf(decided));
        }
    }

    /// <summary>The UTC instant the hour of <paramref name="utc"/> begins.</summary>
    public static DateTime HourOf(DateTime utc) => KosovoCalendar.UtcHour(utc, utc.Hour);

    private FigureKey Key(Figure figure, string key) => new(ElectionId, figure, key, null);
}
