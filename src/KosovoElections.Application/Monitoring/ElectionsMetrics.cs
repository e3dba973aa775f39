using System.Diagnostics.Metrics;
using KosovoElections.Application.Registration.SignIn;

namespace KosovoElections.Application.Monitoring;

/// <summary>
/// The site's own metrics (meter <see cref="MeterName"/>, exported for Prometheus by the host; see docs/operations.md
/// for each name, its labels and its meaning). The use cases call one method per outcome; the failures also feed
/// <see cref="SurgeAlerts"/>. Labels are outcome names only, never anything about a person.
/// </summary>
public sealed class ElectionsMetrics
{
    public const string MeterName = "KosovoElections";

    /// <summary>The label of a sign-in refused by the throttle (the applicant sees <see cref="SignInStatus.NotRecognised"/>).</summary>
    public const string Throttled = "Throttled";

    private readonly Counter<long> _signIns;
    private readonly Counter<long> _emailCodeFailures;
    private readonly Counter<long> _emailCodeRefusals;
    private readonly Counter<long> _captureRefusals;
    private readonly Counter<long> _submissions;
    private readonly Counter<long> _decisions;
    private readonly SurgeAlerts _surges;

    /// <param name="surges">Where the failures also go.</param>
    /// <param name="meters">The host's meter factory; a bare service collection (a command's, a benchmark's) has none.</param>
    public ElectionsMetrics(SurgeAlerts surges, IMeterFactory? meters = null)
    {
        _surges = surges;
        Meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _signIns = Meter.CreateCounter<long>("elections.sign_ins", "{attempt}", "Applicant sign-in answers, by outcome");
        _emailCodeFailures = Meter.CreateCounter<long>("elections.email_code.failures", "{try}", "E-mail codes that did not verify, by reason");
        _emailCodeRefusals = Meter.CreateCounter<long>("elections.email_code.refusals", "{request}", "E-mail code requests refused as too soon");
        _captureRefusals = Meter.CreateCounter<long>("elections.capture.refusals", "{capture}", "Document captures refused, by reason");
        _submissions = Meter.CreateCounter<long>("elections.submissions", "{application}", "Applications submitted or resubmitted");
        _decisions = Meter.CreateCounter<long>("elections.decisions", "{decision}", "Review decisions, by kind");
    }

    /// <summary>The meter the host's own gauges (outbox, circuits) are created on.</summary>
    public Meter Meter { get; }

    public void SignInAnswered(SignInStatus status, bool throttled = false)
    {
        _signIns.Add(1, new KeyValuePair<string, object?>("outcome", throttled ? Throttled : status.ToString()));
        if (throttled || status == SignInStatus.NotRecognised)
        {
            _surges.Record(SurgeKind.SignInFailures);
        }
    }

    public void EmailCodeFailed(string reason)
    {
        _emailCodeFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));
        _surges.Record(SurgeKind.EmailCodeFailures);
    }

    public void EmailCodeRefused() => _emailCodeRefusals.Add(1);

    public void CaptureRefused(string reason)
    {
        _captureRefusals.Add(1, new KeyValuePair<string, object?>("reason", reason));
        _surges.Record(SurgeKind.CaptureRefusals);
    }

    public void ApplicationSubmitted() => _submissions.Add(1);

    /// <summary>A reviewer's decision: <c>Approved</c>, <c>Rejected</c>, <c>RejectionProposed</c>, <c>CorrectionRequested</c>…</summary>
    public void DecisionMade(string kind) => _decisions.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
