namespace KosovoElections.Application.Monitoring;

/// <summary>
/// The "Alerts" configuration section: how many failures of one kind within <see cref="Window"/> make a warning in
/// the log (T-AUTH-03, T-LOG-05). 0 turns a kind off.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed and throttled applicant sign-ins, across all numbers and addresses.</summary>
    public int SignInFailures { get; set; } = 30;

    /// <summary>Wrong, expired, used or exhausted e-mail codes.</summary>
    public int EmailCodeFailures { get; set; } = 20;

    /// <summary>Captures refused (bad image, too many, not editable).</summary>
    public int CaptureRefusals { get; set; } = 30;
}
