using System.Diagnostics;
using KosovoElections.Application.Administration.Elections;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Application.Monitoring;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Domain.Applications;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// The whole capture use case, <see cref="CaptureDocument.HandleAsync"/>, for signed-in applicants with a draft
/// application (a selfie each, on a fresh applicant so every call stores and none replaces): latency one at a time,
/// then concurrent callers; the processor, the store and the audit log are timed inside it to split the time.
/// </summary>
internal sealed class CaptureScenario
{
    private const int WarmUp = 20;
    private readonly TimedImageProcessor _images;
    private readonly TimedDocumentStore _store;
    private readonly TimedAuditLog _audit;
    private readonly CaptureDocument _capture;
    private readonly PostgresServer _server;
    private readonly byte[] _file;

    public CaptureScenario(ElectionsServices app, PostgresServer server, byte[] file)
    {
        _images = new TimedImageProcessor(app.Get<IImageProcessor>());
        _store = new TimedDocumentStore(app.Get<IDocumentStore>());
        _audit = new TimedAuditLog(app.Get<IAuditLog>());
        _capture = new CaptureDocument(app.Get<IElectionsDbFactory>(), _images, _store, _audit, app.Get<TimeProvider>(), app.Get<ElectionsMetrics>());
        _server = server;
        _file = file;
    }

    public async Task RunAsync(ElectionsServices app, ImagePipelineOptions options)
    {
        var electionId = await BenchmarkElection.OpenAsync(app.Get<CreateElection>());
        var perWorker = Math.Max(1, options.Iterations / 4);
        var applicants = await CaptureApplicants.CreateAsync(app.Get<ElectionsDbFactory>(), electionId, WarmUp + options.Iterations + (options.Concurrent * perWorker));

        await SeriesAsync(applicants, WarmUp, workers: 1);
        var (cpu, database) = (Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu.Of(_server));
        var (sequential, _, _) = await SeriesAsync(applicants, options.Iterations, workers: 1);
        Console.WriteLine($"  whole capture, one at a time: {sequential.Describe()}; CPU per capture " +
            $"{StoredPipeline.Ms((Process.GetCurrentProcess().TotalProcessorTime - cpu) / options.Iterations)} + PostgreSQL {StoredPipeline.Ms((PostgresCpu.Of(_server) - database) / options.Iterations)}");
        Split(sequential);

        var (concurrent, failures, elapsed) = await SeriesAsync(applicants, perWorker, options.Concurrent);
        Console.WriteLine($"  whole capture, {options.Concurrent} at once (different applicants): {concurrent.Count} in {elapsed.TotalSeconds:F2} s = " +
            $"{concurrent.Count / elapsed.TotalSeconds:F1} captures/s, failures {failures}; {concurrent.Describe()}");
        Split(concurrent);
    }

    /// <summary><paramref name="workers"/> callers each capturing <paramref name="each"/> times, each time for the next applicant.</summary>
    private async Task<(Latencies Captures, int Failures, TimeSpan Elapsed)> SeriesAsync(Queue<ApplicantIdentity> applicants, int each, int workers)
    {
        var captures = new Latencies();
        (_images.Recorded, _store.Recorded, _audit.Recorded) = (new Latencies(), new Latencies(), new Latencies());
        var mine = Enumerable.Range(0, workers).Select(_ => Enumerable.Range(0, each).Select(_ => applicants.Dequeue()).ToList()).ToList();
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(mine.Select(list => Task.Run(async () =>
        {
            foreach (var applicant in list)
            {
                var begun = Stopwatch.GetTimestamp();
                if (!await CaptureAsync(applicant))
                {
                    Interlocked.Increment(ref failures);
                }

                captures.RecordSince(begun);
            }
        })));
        return (captures, failures, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>True when the capture was stored; a refusal or an exception is a failure.</summary>
    private async Task<bool> CaptureAsync(ApplicantIdentity applicant)
    {
        try
        {
            var result = await _capture.HandleAsync(new CaptureCommand(applicant, DocumentKind.Selfie, DocumentSubtype.None, _file));
            return result.DocumentId is not null;
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException or Npgsql.NpgsqlException)
        {
            Console.Error.WriteLine($"    capture failed: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>Where a capture's wall time goes: the image pipeline, the two saves, the audit append, and the rest.</summary>
    private void Split(Latencies captures)
    {
        var pipeline = _images.Recorded.Total / captures.Total;
        var store = _store.Recorded.Total / captures.Total;
        var audit = _audit.Recorded.Total / captures.Total;
        Console.WriteLine($"    share of the time: image pipeline {pipeline:P0}, store (2 saves) {store:P0}, audit append {audit:P0}, " +
            $"rest (editable + rate checks, document row) {1 - pipeline - store - audit:P0}");
    }
}
