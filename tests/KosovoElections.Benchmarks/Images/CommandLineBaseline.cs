using System.Diagnostics;
using System.Globalization;

namespace KosovoElections.Benchmarks.Images;

/// <summary>
/// libjpeg-turbo's own tools doing the pipeline's image work on the same file: jpegtran rewrites it without
/// metadata and turned upright, djpeg decodes that at 1/4 scale and cjpeg encodes the thumbnail. CPU time is the
/// children's user + sys as bash's <c>times</c> reports them, so bash's own start-up is not counted.
/// </summary>
internal static class CommandLineBaseline
{
    public static TimeSpan Run(string input, string workDirectory)
    {
        var rewritten = Path.Combine(workDirectory, "baseline-stored.jpg");
        var thumbnail = Path.Combine(workDirectory, "baseline-thumb.jpg");
        var script =
            $"jpegtran -copy none -rotate 90 -trim -outfile '{rewritten}' '{input}' && " +
            $"djpeg -scale 1/4 '{rewritten}' | cjpeg -quality 80 > '{thumbnail}' && times";
        var start = new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["LC_ALL"] = "C";
        using var bash = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = bash.StandardOutput.ReadToEnd();
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        if (bash.ExitCode != 0 || new FileInfo(thumbnail).Length == 0)
        {
            throw new InvalidOperationException($"baseline failed ({bash.ExitCode}): {errors}");
        }

        // times prints the shell's "user sys" on its first line and its children's on the second.
        var children = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split(' ');
        return Parse(children[0]) + Parse(children[1]);
    }

    /// <summary>bash writes times as "0m0.012s".</summary>
    private static TimeSpan Parse(string time)
    {
        var minutes = time.IndexOf('m', StringComparison.Ordinal);
        return TimeSpan.FromMinutes(int.Parse(time[..minutes], CultureInfo.InvariantCulture))
            + TimeSpan.FromSeconds(double.Parse(time[(minutes + 1)..^1], CultureInfo.InvariantCulture));
    }
}
