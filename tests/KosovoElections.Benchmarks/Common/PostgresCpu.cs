using System.Globalization;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Common;

/// <summary>
/// CPU time (user + sys) of the throwaway cluster's processes, the postmaster and its children, from /proc. The
/// cluster is this process's own and its pooled backends live for the whole run, so differences are our queries' cost.
/// </summary>
internal static class PostgresCpu
{
    // USER_HZ, the unit of utime and stime in /proc/[pid]/stat; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(PostgresServer server)
    {
        var postmaster = File.ReadLines(Path.Combine(server.Folder, "data", "postmaster.pid")).First().Trim();
        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(folder);
            if (!pid.All(char.IsAsciiDigit) || Stat(folder) is not { } fields)
            {
                continue;
            }

            // After "pid (comm) ": state, ppid, ... utime is the 14th field of the line and stime the 15th.
            if (pid == postmaster || fields[1] == postmaster)
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static string[]? Stat(string folder)
    {
        try
        {
            var line = File.ReadAllText(Path.Combine(folder, "stat"));
            return line[(line.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null; // the process ended while we looked
        }
    }
}
