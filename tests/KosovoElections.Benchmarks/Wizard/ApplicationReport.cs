namespace KosovoElections.Benchmarks.Wizard;

/// <summary>Prints where an application's time goes, step by step, with the five captures summed.</summary>
internal static class ApplicationReport
{
    /// <summary>Wall time per step and, for applications run alone, CPU of the app and of PostgreSQL per application.</summary>
    public static void Steps(StepMeter meter, int applications, bool withCpu)
    {
        var steps = meter.Steps.Select(s => (Name: s, Sums: meter.Of(s))).ToList();
        var wall = steps.Sum(s => s.Sums.Wall.Total);
        var cpu = steps.Sum(s => (s.Sums.App + s.Sums.Database).TotalMilliseconds);
        Console.WriteLine($"    {"step",-42} {"wall mean",10} {"p50",8} {"p95",8} {"share",6}" + (withCpu ? $" {"app CPU",9} {"PG CPU",8} {"share",6}" : string.Empty));
        foreach (var (name, sums) in steps)
        {
            Line(name, sums.Wall.Total / applications, sums.Wall.Percentile(0.5), sums.Wall.Percentile(0.95), sums.Wall.Total / wall,
                sums.App.TotalMilliseconds / applications, sums.Database.TotalMilliseconds / applications, (sums.App + sums.Database).TotalMilliseconds / cpu, withCpu);
        }

        var images = steps.Where(s => s.Name.StartsWith(ApplicantJourney.CapturePrefix, StringComparison.Ordinal)).ToList();
        var imagesWall = images.Sum(s => s.Sums.Wall.Total);
        var imagesApp = images.Sum(s => s.Sums.App.TotalMilliseconds);
        var imagesDatabase = images.Sum(s => s.Sums.Database.TotalMilliseconds);
        Line("the 5 captures together", imagesWall / applications, double.NaN, double.NaN, imagesWall / wall,
            imagesApp / applications, imagesDatabase / applications, (imagesApp + imagesDatabase) / cpu, withCpu);
        Line("whole application (sum of the steps)", wall / applications, double.NaN, double.NaN, 1,
            steps.Sum(s => s.Sums.App.TotalMilliseconds) / applications, steps.Sum(s => s.Sums.Database.TotalMilliseconds) / applications, 1, withCpu);
    }

    private static void Line(string name, double wallMean, double p50, double p95, double wallShare, double app, double database, double cpuShare, bool withCpu) =>
        Console.WriteLine($"    {name,-42} {wallMean,8:F1} ms {Ms(p50)} {Ms(p95)} {wallShare,6:P0}"
            + (withCpu ? $" {app,6:F1} ms {database,5:F1} ms {cpuShare,6:P0}" : string.Empty));

    private static string Ms(double value) => double.IsNaN(value) ? new string(' ', 8) : $"{value,5:F1} ms";
}
