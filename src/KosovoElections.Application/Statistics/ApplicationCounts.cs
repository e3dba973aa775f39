using System.Globalization;
using KosovoElections.Application.Common;
using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Statistics;

/// <summary>
/// Applications sent on, approved on and rejected on one day in Kosovo, and those sent that day by how they arrived
/// (issue 15: a paper application counts on the day it was entered, when it joined the queue).
/// </summary>
public sealed record DailyCount(DateOnly Day, int Submitted, int Approved, int Rejected, IReadOnlyDictionary<ApplicationChannel, int> SubmittedBy)
{
    public int SubmittedVia(ApplicationChannel channel) => SubmittedBy.GetValueOrDefault(channel);
}

/// <summary>
/// The exact counts of one election's sent applications (drafts are not applications yet), as the saves keep them
/// (<see cref="FigureCount"/>, <see cref="FigureHour"/>, docs/decisions/0020): two reads of a few hundred rows, nothing
/// counted on reading. Exact: the public page protects them (<see cref="SmallCounts"/>), the admins' export does not.
/// </summary>
internal sealed class ApplicationCounts
{
    private readonly IReadOnlyList<FigureCount> _counts;
    private readonly IReadOnlyList<FigureHour> _hours;

    private ApplicationCounts(IReadOnlyList<FigureCount> counts, IReadOnlyList<FigureHour> hours) => (_counts, _hours) = (counts, hours);

    public static async Task<ApplicationCounts> ReadAsync(IElectionsDb db, Guid electionId, CancellationToken cancellationToken)
    {
        var counts = await db.FigureCounts.AsNoTracking().Where(f => f.ElectionId == electionId && f.Count > 0).ToListAsync(cancellationToken);
        var hours = await db.FigureHours.AsNoTracking().Where(f => f.ElectionId == electionId && f.Count > 0).ToListAsync(cancellationToken);
        return new(counts, hours);
    }

    /// <summary>Sent applications by status, a rejection awaiting its second review on its own (as the CEC sees it).</summary>
    public Dictionary<ApplicationStatus, int> ByStatus => Of(Figure.Status, Enum.Parse<ApplicationStatus>);

    /// <summary>Sent applications by status as their applicants see it: a rejection awaiting its second review is still in review.</summary>
    public Dictionary<ApplicationStatus, int> ByStatusAsApplicantsSeeIt =>
        ByStatus.GroupBy(s => s.Key == ApplicationStatus.RejectionPending ? ApplicationStatus.InReview : s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));

    public Dictionary<ReturnMethod, int> ByReturnMethod => Of(Figure.ReturnMethod, Enum.Parse<ReturnMethod>);

    /// <summary>Sent applications by the country of the address abroad (ISO code).</summary>
    public Dictionary<string, int> ByCountry => Of(Figure.Country, code => code);

    /// <summary>Sent applications by the applicant's municipality in the civil registry when the application was started.</summary>
    public Dictionary<int, int> ByMunicipality => Of(Figure.Municipality, id => int.Parse(id, CultureInfo.InvariantCulture));

    /// <summary>Sent applications by how they arrived: online, by post, by e-mail (issue 15).</summary>
    public Dictionary<ApplicationChannel, int> ByChannel =>
        _hours.Where(h => h.Figure == Figure.Sent).GroupBy(h => Enum.Parse<ApplicationChannel>(h.Key)).ToDictionary(g => g.Key, g => g.Sum(h => h.Count));

    /// <summary>Applications sent in the hours that begin at or after <paramref name="fromHour"/> (a whole UTC hour).</summary>
    public int SentSince(DateTime fromHour) => _hours.Where(h => h.Figure == Figure.Sent && h.Hour >= fromHour).Sum(h => h.Count);

    /// <summary>
    /// Per day in Kosovo: applications sent (in all and by channel), approved and rejected. Kosovo's offset is whole
    /// hours, so each UTC hour falls in one Kosovo day.
    /// </summary>
    public IReadOnlyList<DailyCount> Daily
    {
        get
        {
            var days = new SortedDictionary<DateOnly, (int Submitted, int Approved, int Rejected)>();
            var byChannel = new Dictionary<DateOnly, Dictionary<ApplicationChannel, int>>();
            foreach (var hour in _hours)
            {
                var day = KosovoCalendar.DayOf(hour.Hour);
                var counts = days.GetValueOrDefault(day);
                if (hour.Figure == Figure.Sent)
                {
                    days[day] = counts with { Submitted = counts.Submitted + hour.Count };
                    var channels = byChannel.TryGetValue(day, out var found) ? found : byChannel[day] = [];
                    var channel = Enum.Parse<ApplicationChannel>(hour.Key);
                    channels[channel] = channels.GetValueOrDefault(channel) + hour.Count;
                }
                else
                {
                    days[day] = hour.Key == nameof(ApplicationStatus.Approved)
                        ? counts with { Approved = counts.Approved + hour.Count }
                        : counts with { Rejected = counts.Rejected + hour.Count };
                }
            }

            return [.. days.Select(d => new DailyCount(
                d.Key, d.Value.Submitted, d.Value.Approved, d.Value.Rejected, byChannel.GetValueOrDefault(d.Key) ?? new Dictionary<ApplicationChannel, int>()))];
        }
    }

    private Dictionary<TKey, int> Of<TKey>(Figure figure, Func<string, TKey> parse)
        where TKey : notnull =>
        _counts.Where(c => c.Figure == figure).ToDictionary(c => parse(c.Key), c => c.Count);
}
