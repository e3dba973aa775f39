using System.Text;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Registry;
using Sylvan.Data.Csv;

namespace KosovoElections.Benchmarks.Registry;

/// <summary>
/// Sylvan.Data.Csv behind the import's reading seam, to measure it against the hand-written
/// <see cref="RegistryCsvReader"/>: the same header check, the same record length limit, and the physical line a
/// record starts on, counted from the line ends in each raw record because Sylvan numbers records, not lines.
/// </summary>
internal sealed class SylvanRegistryReader : IRegistryRecordReader
{
    private const int MaxFields = 64;

    private static readonly CsvDataReaderOptions Options = new()
    {
        HasHeaders = false,
        Delimiter = ',',
        CsvStyle = CsvStyle.Lax,
        // A name may begin with '#', Sylvan's default comment mark; NUL is refused by validation anyway.
        Comment = '\0',
        BufferSize = 1 << 16,
        MaxBufferSize = 1 << 16,
    };

    private readonly CsvDataReader _csv;
    private readonly char[] _record = new char[RegistryCsvReader.MaxRecordLength];
    private readonly Range[] _fields = new Range[MaxFields];
    private long _nextLine = 1;
    private int _recordLength;
    private int _fieldCount;
    private bool _tooLong;

    public SylvanRegistryReader(Stream csv) =>
        _csv = CsvDataReader.Create(new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), Options);

    public long Line { get; private set; }

    public RegistryRowProblem? Problem => _tooLong ? RegistryRowProblem.TooLong : null;

    public RegistryFields Fields => new(_record.AsSpan(0, _recordLength), _fields.AsSpan(0, _fieldCount));

    public async Task<RegistryRowProblem?> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken))
        {
            return RegistryRowProblem.EmptyFile;
        }

        var fields = Fields;
        var matches = fields.Count == RegistryRow.Columns.Length;
        for (var i = 0; matches && i < fields.Count; i++)
        {
            matches = fields[i].Trim().TrimStart('\uFEFF').Equals(RegistryRow.Columns[i], StringComparison.OrdinalIgnoreCase);
        }

        return matches ? null : RegistryRowProblem.Header;
    }

    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (await _csv.ReadAsync(cancellationToken))
        {
            var raw = _csv.GetRawRecordSpan();
            Line = _nextLine;
            _nextLine += LineEnds(raw);
            if (_csv.RowFieldCount <= 1 && _csv.GetFieldSpan(0).IsEmpty)
            {
                continue; // a blank line, skipped as the hand-written reader skips it
            }

            CopyFields();
            return true;
        }

        return false;
    }

    public void Dispose() => _csv.Dispose();

    private static int LineEnds(ReadOnlySpan<char> raw) =>
        raw.Count('\n') + raw.Count('\r') - raw.Count("\r\n".AsSpan());

    private void CopyFields()
    {
        _tooLong = _csv.RowFieldCount > MaxFields;
        _fieldCount = Math.Min(_csv.RowFieldCount, MaxFields);
        _recordLength = 0;
        for (var i = 0; i < _fieldCount; i++)
        {
            var field = _csv.GetFieldSpan(i);
            if (_recordLength + field.Length > _record.Length)
            {
                _tooLong = true;
                field = field[..(_record.Length - _recordLength)];
            }

            field.CopyTo(_record.AsSpan(_recordLength));
            _fields[i] = new Range(_recordLength, _recordLength + field.Length);
            _recordLength += field.Length;
        }
    }
}
