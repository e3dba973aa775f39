namespace KosovoElections.Application.Registry;

/// <summary>The fields of one CSV record as slices of the reader's buffer, so that validation allocates only what it keeps.</summary>
public readonly ref struct RegistryFields(ReadOnlySpan<char> record, ReadOnlySpan<Range> fields)
{
    private readonly ReadOnlySpan<char> _record = record;
    private readonly ReadOnlySpan<Range> _fields = fields;

    public int Count => _fields.Length;

    public ReadOnlySpan<char> this[int index] => _record[_fields[index]];

}
