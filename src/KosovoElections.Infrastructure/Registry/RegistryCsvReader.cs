using System.Buffers;
using System.Text;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Infrastructure.Registry;

/// <summary>
/// Streams a registry CSV (RFC 4180: quoted fields, doubled quotes, LF, CRLF or CR line ends) record by record in
/// constant memory, numbering records by the physical line they start on. Hand-written because a general CSV
/// library spent more time than the whole database load; fields are slices of one buffer, nothing is allocated.
/// </summary>
internal sealed class RegistryCsvReader : IRegistryRecordReader
{
    /// <summary>Longer records are refused rather than buffered, so a file without line ends cannot exhaust memory.</summary>
    public const int MaxRecordLength = 4096;

    private const int MaxFields = 64;
    private static readonly SearchValues<char> FieldEnds = SearchValues.Create(",\r\n\"");

    private readonly StreamReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly char[] _record = new char[MaxRecordLength];
    private readonly Range[] _fields = new Range[MaxFields];
    private int _position;
    private int _length;
    private bool _endOfFile;
    private long _line = 1;
    private bool _skipLineFeed;
    private State _state;
    private bool _started;
    private bool _complete;
    private bool _tooLong;
    private int _recordLength;
    private int _fieldStart;
    private int _fieldCount;

    public RegistryCsvReader(Stream csv) =>
        _reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    public long Line { get; private set; }

    public RegistryRowProblem? Problem => _tooLong ? RegistryRowProblem.TooLong : null;

    public RegistryFields Fields => new(_record.AsSpan(0, _recordLength), _fields.AsSpan(0, Math.Min(_fieldCount, MaxFields)));

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

    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken) =>
        TryReadRecord() ? ValueTask.FromResult(true) : ReadAfterRefillAsync(cancellationToken);

    public void Dispose() => _reader.Dispose();

    private async ValueTask<bool> ReadAfterRefillAsync(CancellationToken cancellationToken)
    {
        while (!_endOfFile)
        {
            _length = await _reader.ReadAsync(_buffer, cancellationToken);
            _position = 0;
            _endOfFile = _length == 0;
            if (!_endOfFile && TryReadRecord())
            {
                return true;
            }
        }

        // The last line may lack its line end.
        if (!_started)
        {
            return false;
        }

        EndField();
        _complete = true;
        return true;
    }

    private bool TryReadRecord()
    {
        if (_complete)
        {
            StartRecord();
        }

        while (_position < _length)
        {
            if (_state is State.FieldStart or State.Unquoted)
            {
                var rest = _buffer.AsSpan(_position, _length - _position);
                var plain = rest.IndexOfAny(FieldEnds);
                var take = plain < 0 ? rest.Length : plain;
                if (take > 0)
                {
                    Begin();
                    Append(rest[..take]);
                    _position += take;
                    _state = State.Unquoted;
                    _skipLineFeed = false;
                    continue;
                }
            }

            var c = _buffer[_position++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            if (c is '\r' or '\n')
            {
                _line++;
                _skipLineFeed = c == '\r';
            }

            if (Accept(c))
            {
                _complete = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes one character that is not plain field text; true when it ends a non-blank record.</summary>
    private bool Accept(char c)
    {
        switch (_state)
        {
            case State.Quoted:
                if (c == '"')
                {
                    _state = State.QuoteInQuoted;
                }
                else
                {
                    Append([c]);
                }

                return false;
            case State.QuoteInQuoted when c == '"':
                Append([c]);
                _state = State.Quoted;
                return false;
        }

        switch (c)
        {
            case '\r' or '\n':
                if (!_started)
                {
                    return false; // a blank line
                }

                EndField();
                return true;
            case ',':
                Begin();
                EndField();
                _state = State.FieldStart;
                return false;
            case '"' when _state == State.FieldStart:
                Begin();
                _state = State.Quoted;
                return false;
            default:
                // Text after a closing quote, or a quote inside an unquoted field, is kept as written.
                Begin();
                Append([c]);
                _state = State.Unquoted;
                return false;
        }
    }

    private void Begin()
    {
        if (!_started)
        {
            _started = true;
            Line = _line;
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_recordLength + text.Length > MaxRecordLength)
        {
            _tooLong = true;
            return;
        }

        text.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += text.Length;
    }

    private void EndField()
    {
        if (_fieldCount < MaxFields)
        {
            _fields[_fieldCount] = new Range(_fieldStart, _recordLength);
        }
        else
        {
            _tooLong = true;
        }

        _fieldCount++;
        _fieldStart = _recordLength;
    }

    private void StartRecord()
    {
        _complete = false;
        _started = false;
        _tooLong = false;
        _state = State.FieldStart;
        _recordLength = 0;
        _fieldStart = 0;
        _fieldCount = 0;
    }
}
