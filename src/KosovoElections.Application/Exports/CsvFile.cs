using System.Text;

namespace KosovoElections.Application.Exports;

/// <summary>
/// Writes a CSV file for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads ë, ç and š), comma-separated,
/// RFC 4180 quoting, CRLF. A cell that starts with = + - or @ gets a leading apostrophe, so a name typed by an applicant
/// as a formula stays text when the file is opened (CSV injection).
/// </summary>
public sealed class CsvFile : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _writer;

    private CsvFile(StreamWriter writer) => _writer = writer;

    /// <summary>Starts a file on <paramref name="output"/> with the byte-order mark and the header row; the stream stays open.</summary>
    public static async Task<CsvFile> StartAsync(Stream output, IReadOnlyList<string> header, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        var file = new CsvFile(new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true));
        await file.WriteRowAsync(header, cancellationToken);
        return file;
    }

    /// <summary>One row; asynchronous all the way, since a response body refuses synchronous writes, and never more than the writer's buffer held.</summary>
    public Task WriteRowAsync(IReadOnlyList<string?> cells, CancellationToken cancellationToken) =>
        _writer.WriteAsync((string.Join(',', cells.Select(Cell)) + "\r\n").AsMemory(), cancellationToken);

    /// <summary>One cell as written: neutralised against formulas, then quoted where RFC 4180 needs it.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}
