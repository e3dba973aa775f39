using System.Diagnostics;
using KosovoElections.Application.Documents;
using KosovoElections.Benchmarks.Common;

namespace KosovoElections.Benchmarks.Images;

/// <summary>The app's image processor, with the wall time of each call recorded, to split a capture's time.</summary>
internal sealed class TimedImageProcessor(IImageProcessor inner) : IImageProcessor
{
    public Latencies Recorded { get; set; } = new();

    public bool IsAvailable => inner.IsAvailable;

    public ImageOutcome Process(ReadOnlySpan<byte> jpeg)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = inner.Process(jpeg);
        Recorded.RecordSince(started);
        return outcome;
    }
}
