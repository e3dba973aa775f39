namespace KosovoElections.Application.Registration.Email;

/// <summary>The "EmailCode" configuration section; the defaults are SPEC §7's.</summary>
public sealed class EmailCodeOptions
{
    public const string Section = "EmailCode";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Codes per rolling hour, both per application and per e-mail address.</summary>
    public int CodesPerHour { get; set; } = 3;

    /// <summary>The least time between two codes of one application, shown to the applicant as a countdown.</summary>
    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromMinutes(1);

    public static TimeSpan Window => TimeSpan.FromHours(1);
}
