using System.Globalization;

namespace KosovoElections.Benchmarks.Common;

/// <summary>The whole machine's CPU counters from /proc/stat, to tell how much of the cores other processes took meanwhile.</summary>
internal readonly record struct MachineLoad(long Busy, long Total)
{
    public static MachineLoad Now()
    {
        // "cpu  user nice system idle iowait irq softirq steal ..." in USER_HZ; idle and iowait are the idle time.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return new MachineLoad(total - fields[3] - fields[4], total);
    }

    /// <summary>The 1, 5 and 15-minute load averages.</summary>
    public static string Averages() => string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>The fraction of all cores busy since <paramref name="earlier"/>, whoever used them.</summary>
    public double BusySince(MachineLoad earlier) => (double)(Busy - earlier.Busy) / Math.Max(1, Total - earlier.Total);
}
