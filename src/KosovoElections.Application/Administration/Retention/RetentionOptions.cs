namespace KosovoElections.Application.Administration.Retention;

/// <summary>How long identity images are kept after an election (section <c>Retention</c>; SPEC §6, SECURITY T-DP-01).</summary>
public sealed class RetentionOptions
{
    /// <summary>Not a const: every string const of Administration is a text key (AdministrationTextsTests).</summary>
    public static readonly string Section = "Retention";

    /// <summary>Images are deleted once election day is more than this many days past.</summary>
    public int ImageDays { get; set; } = 30;

    /// <summary>
    /// The first day (UTC) on which an election's images may be deleted: the day after election day plus
    /// <see cref="ImageDays"/>, so they are kept for the whole of the last day.
    /// </summary>
    public DateOnly PurgeDay(DateOnly electionDay) => electionDay.AddDays(ImageDays + 1);

    public bool IsDue(DateOnly electionDay, DateTime nowUtc) => DateOnly.FromDateTime(nowUtc) >= PurgeDay(electionDay);
}
