namespace KosovoElections.Infrastructure.Email;

/// <summary>The "Email" configuration section (SPEC §8): SMTP when Email:Smtp:Host is set, otherwise .eml files.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "noreply@kqz-ks.org";

    /// <summary>Where .eml files go when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>TLS is required unless <see cref="SmtpSecurity.None"/> is set explicitly (a local catcher).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Optional; with <see cref="Password"/>, from the environment or a secret store. Never sent without TLS.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The most any one step (connecting with TLS and authentication, or sending one message) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The SHA-256 fingerprint (hex, colons allowed) of the one certificate to accept from the relay instead of a
    /// certificate the system trusts: for a relay with a self-signed or private-CA certificate. Empty: the system's
    /// validation (chain and host name) decides.
    /// </summary>
    public string? PinnedCertificateSha256 { get; set; }
}

/// <summary>How the connection to the relay is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS; a relay that does not offer it is refused.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a local mail catcher, and only when configured explicitly.</summary>
    None,
}

/// <summary>How the dispatcher works through pending mail: first retry after 30 s, doubling up to 30 min, for 24 h.</summary>
public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed message belongs to its dispatcher; longer than any send can take.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    public int BatchSize { get; set; } = 50;

    /// <summary>The wait after the <paramref name="attempts"/>th failed attempt.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 20);
        var wait = FirstRetry * Math.Pow(2, doublings);
        return wait < MaxRetry ? wait : MaxRetry;
    }
}
