using KosovoElections.Application.Statistics.Figures;

namespace KosovoElections.Application.Statistics.Dashboard;

/// <summary>
/// The review backlog at the deadline if applications keep arriving, and the CEC keeps deciding, at the rates of the
/// last <see cref="WindowDays"/> days (or since registration opened, when that is later):
/// backlog now + (arrivals a day − decisions a day) × days left, rounded, never below zero. Only decisions that take an
/// application out of the backlog count (approved, rejected, sent back for correction; a proposed rejection stays in it
/// until its second review), and a corrected application sent again counts as an arrival.
/// </summary>
public sealed record BacklogProjection(
    int Now,
    DateTime From,
    int Arrivals,
    int Decisions,
    double ArrivalsPerDay,
    double DecisionsPerDay,
    double DaysLeft,
    int? AtDeadline)
{
    public const int WindowDays = 3;

    /// <summary>
    /// Where the rates start: at the beginning of the UTC hour <see cref="WindowDays"/> days before
    /// <paramref name="nowUtc"/> (the kept figures count arrivals per hour), not before the hour registration opened in.
    /// </summary>
    public static DateTime WindowStart(DateTime opensAt, DateTime nowUtc)
    {
        var from = nowUtc.AddDays(-WindowDays);
        return CountedApplication.HourOf(from > opensAt ? from : opensAt);
    }

    /// <summary>
    /// The projection from the counts since <paramref name="from"/>. No figure at the
    /// deadline once it has passed (nothing more arrives) or when no time has passed since registration opened.
    /// </summary>
    public static BacklogProjection Compute(int backlog, int arrivals, int decisions, DateTime from, DateTime nowUtc, DateTime closesAt)
    {
        var days = (nowUtc - from).TotalDays;
        var arrivalsPerDay = days > 0 ? arrivals / days : 0;
        var decisionsPerDay = days > 0 ? decisions / days : 0;
        var daysLeft = Math.Max(0, (closesAt - nowUtc).TotalDays);
        int? atDeadline = days > 0 && nowUtc < closesAt
            ? Math.Max(0, (int)Math.Round(backlog + ((arrivalsPerDay - decisionsPerDay) * daysLeft), MidpointRounding.AwayFromZero))
            : null;
        return new BacklogProjection(backlog, from, arrivals, decisions, arrivalsPerDay, decisionsPerDay, daysLeft, atDeadline);
    }
}
