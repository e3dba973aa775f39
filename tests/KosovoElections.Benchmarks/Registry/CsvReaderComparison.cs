using System.Diagnostics;
using System.Text;
using KosovoElections.Application.Registry;
using KosovoElections.Infrastructure.Registry;

namespace KosovoElections.Benchmarks.Registry;

/// <summary>
/// The hand-written <see cref="RegistryCsvReader"/> and Sylvan.Data.Csv (<see cref="SylvanRegistryReader"/>) behind
/// the same seam: read and validate only (no database), and whether both give the same records and line numbers on
/// the awkward files the registry may send.
/// </summary>
internal static class CsvReaderComparison
{
    public static readonly (string Name, Func<Stream, IRegistryRecordReader> Open)[] Readers =
    [
        ("hand-written", csv => new RegistryCsvReader(csv)),
        ("Sylvan", csv => new SylvanRegistryReader(csv)),
    ];

    /// <summary>The import's reading thread exactly as it runs (parse, validate, batch), with the batches dropped.</summary>
    public static async Task<(TimeSpan Wall, TimeSpan Cpu)> ReadOnlyAsync(string csvPath, Func<Stream, IRegistryRecordReader> open, int expectedRows)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await using var csv = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = open(csv);
        if (await reader.ReadHeaderAsync(CancellationToken.None) is { } problem)
        {
            throw new InvalidOperationException(problem.ToString());
        }

        var reading = new RegistryRowReading(reader);
        var batches = RegistryRowReading.CreateChannel();
        var drain = Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync())
            {
                GC.KeepAlive(batch);
            }
        });
        await reading.ReadAsync(batches.Writer, CancellationToken.None);
        await drain;
        if (reading.RowsImported != expectedRows || reading.RejectedCount > 0)
        {
            throw new InvalidOperationException($"read {reading.RowsImported:N0} good rows and {reading.RejectedCount:N0} bad, expected {expectedRows:N0} good");
        }

        return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>Prints, for each awkward file, whether both readers agree on every record, its line and its fields.</summary>
    public static void CheckAgreement()
    {
        const string Good = "3101000001,Arben,Krasniqi,Ilir,1990-05-17,M,Prishtinë,active";
        var header = RegistryRow.Header;
        (string Case, string Text)[] files =
        [
            ("LF, last line without line end", $"{header}\n{Good}\n{Good}"),
            ("CRLF", $"{header}\r\n{Good}\r\n{Good}\r\n"),
            ("CR only", $"{header}\r{Good}\r{Good}\r"),
            ("blank lines", $"{header}\n\n{Good}\n\r\n\n{Good}\n"),
            ("quoted field over two lines", $"{header}\n3101000001,\"Ar\nben\",Krasniqi,Ilir,1990-05-17,M,Prishtinë,active\n{Good}\n"),
            ("quoted field over CRLF lines", $"{header}\r\n3101000001,\"Ar\r\n\r\nben\",Krasniqi,Ilir,1990-05-17,M,Prishtinë,active\r\n{Good}\r\n"),
            ("doubled quotes", $"{header}\n3101000001,\"O\"\"Neill\",Krasniqi,,1990-05-17,M,Prishtinë,active\n"),
            ("text after a closing quote", $"{header}\n3101000001,\"Ar\"ben,Krasniqi,,1990-05-17,M,Prishtinë,active\n{Good}\n"),
            ("quote inside an unquoted field", $"{header}\n3101000001,Ar\"ben,Krasniqi,,1990-05-17,M,Prishtinë,active\n{Good}\n"),
            ("unclosed quote", $"{header}\n3101000001,\"Arben,Krasniqi,,1990-05-17,M,Prishtinë,active\n{Good}\n"),
            ("row starting with #", $"{header}\n#3101000001,Arben,Krasniqi,,1990-05-17,M,Prishtinë,active\n{Good}\n"),
            ("row of 5,000 characters", $"{header}\n{Good}{new string('x', 5000)}\n{Good}\n"),
            ("row of 70,000 characters", $"{header}\n{Good}{new string('x', 70_000)}\n{Good}\n"),
            ("byte order mark", $"\uFEFF{header}\n{Good}\n"),
        ];

        foreach (var (name, text) in files)
        {
            var results = Readers.Select(r => Records(r.Open, text)).ToArray();
            var same = results[0] == results[1];
            Console.WriteLine($"    {name,-34} {(same ? "same" : "DIFFERENT")}");
            if (!same)
            {
                for (var i = 0; i < Readers.Length; i++)
                {
                    Console.WriteLine($"      {Readers[i].Name,-12}: {results[i]}");
                }
            }
        }
    }

    private static string Records(Func<Stream, IRegistryRecordReader> open, string text)
    {
        var described = new StringBuilder();
        try
        {
            using var reader = open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
            described.Append("header ").Append(reader.ReadHeaderAsync(CancellationToken.None).GetAwaiter().GetResult()?.ToString() ?? "ok");
            while (reader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                described.Append($"; line {reader.Line}: ");
                if (reader.Problem is { } problem)
                {
                    described.Append(problem);
                    continue;
                }

                var fields = reader.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    described.Append(i == 0 ? "[" : "|").Append(fields[i].ToString().Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
                }

                described.Append(']');
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            described.Append($"; {e.GetType().Name}: {e.Message}");
        }

        return described.ToString();
    }
}
