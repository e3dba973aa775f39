using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using KosovoElections.Application.Registry;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>Streams a registry CSV row by row (constant memory) and validates each row by <see cref="RegistryRow"/>.</summary>
internal sealed class RegistryCsvReader : IDisposable
{
    private readonly CsvParser _parser;

    public RegistryCsvReader(Stream csv)
    {
        var reader = new StreamReader(csv, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            CacheFields = true,
        });
    }

    /// <summary>Reads and checks the header; returns a problem to report, or null.</summary>
    public async Task<string?> ReadHeaderAsync()
    {
        if (!await _parser.ReadAsync())
        {
            return "the file is empty; expected the header " + RegistryRow.Header;
        }

        var header = _parser.Record ?? [];
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant());
        return names.SequenceEqual(RegistryRow.Columns) ? null : "the first line must be the header " + RegistryRow.Header;
    }

    /// <summary>The next data row with its line number in the file, or null at the end.</summary>
    public async Task<(long Line, RowResult Row)?> ReadAsync()
    {
        if (!await _parser.ReadAsync())
        {
            return null;
        }

        return (_parser.RawRow, RegistryRow.Parse(_parser.Record ?? []));
    }

    public void Dispose() => _parser.Dispose();
}
