using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Benchmarks.Common;

internal static class BenchmarkElection
{
    /// <summary>An election open now (since a day ago unless told otherwise) through the real use case, so the use cases find it as they would in production.</summary>
    public static async Task<Guid> OpenAsync(CreateElection createElection, TimeSpan? openedAgo = null)
    {
        var now = DateTime.UtcNow;
        var closes = now.AddDays(30);
        var electionDay = DateOnly.FromDateTime(closes).AddDays(1);
        while (electionDay.DayOfWeek != DayOfWeek.Sunday)
        {
            electionDay = electionDay.AddDays(1);
        }

        var outcome = await createElection.HandleAsync(new CreateElectionCommand("Benchmark", ElectionKind.Local, electionDay, now - (openedAgo ?? TimeSpan.FromDays(1)), closes, "benchmark"));
        return outcome.Succeeded ? outcome.Value!.Id : throw new InvalidOperationException(string.Join("; ", outcome.Errors));
    }
}
