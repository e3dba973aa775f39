namespace KosovoElections.Application.Postal;

/// <summary>Which date of a paper application is held against the registration deadline.</summary>
public enum DeadlineDate
{
    /// <summary>The day the CEC received it (post and e-mail alike).</summary>
    Received,

    /// <summary>The postmark's day for post; an e-mail still counts by the day it was received.</summary>
    Postmark,
}

/// <summary>How paper applications are entered (section <c>PostalEntry</c>).</summary>
public sealed class PostalEntryOptions
{
    public const string Section = "PostalEntry";

    /// <summary>The date that must fall on or before the deadline's day (Kosovo time); the received day by default.</summary>
    public DeadlineDate DeadlineCounts { get; set; } = DeadlineDate.Received;
}
