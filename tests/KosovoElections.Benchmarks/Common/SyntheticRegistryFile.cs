using System.Diagnostics;
using System.Text;
using KosovoElections.Infrastructure.Demo;

namespace KosovoElections.Benchmarks.Common;

/// <summary>The synthetic registry written as the registry CSV to a temp file, deleted on dispose.</summary>
internal sealed class SyntheticRegistryFile : IDisposable
{
    private SyntheticRegistryFile(string path) => Path = path;

    public string Path { get; }

    public static SyntheticRegistryFile Write(int rows, DateOnly today)
    {
        var file = new SyntheticRegistryFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ke-registry-{rows}-{Environment.ProcessId}.csv"));
        var clock = Stopwatch.StartNew();
        using (var writer = new StreamWriter(file.Path, false, new UTF8Encoding(false), 1 << 16))
        {
            SyntheticRegistry.Write(writer, rows, today: today);
        }

        Console.WriteLine($"  wrote {file.Path} ({new FileInfo(file.Path).Length / 1e6:F0} MB) in {clock.Elapsed.TotalSeconds:F1} s");
        return file;
    }

    public void Dispose() => File.Delete(Path);
}
