using KosovoElections.Application.Registry;

namespace KosovoElections.IntegrationTests.Registry.Upload;

/// <summary>
/// The app's own importer, whose file a test can hold part-way: after <see cref="HoldAfter"/> the import reads that
/// many bytes, says so through <see cref="Held"/> and waits until <see cref="Release"/>, so that a test sees an import
/// running without guessing how long it takes.
/// </summary>
public sealed class GatedRegistryImporter(IRegistryImporter inner) : IRegistryImporter
{
    private Gate? _gate;

    /// <summary>Completes when a held import has read up to the gate.</summary>
    public Task Held => _gate?.Reached.Task ?? Task.CompletedTask;

    public void HoldAfter(long bytes) => _gate = new Gate(bytes);

    public void Release()
    {
        _gate?.Open.TrySetResult();
        _gate = null;
    }

    public Task<RegistryImportReport> ImportAsync(Stream csv, RegistryImportProgress? progress = null, CancellationToken cancellationToken = default) =>
        inner.ImportAsync(_gate is { } gate ? new GatedStream(csv, gate) : csv, progress, cancellationToken);

    private sealed class Gate(long bytes)
    {
        public long Bytes => bytes;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class GatedStream(Stream inner, Gate gate) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position >= gate.Bytes && !gate.Open.Task.IsCompleted)
            {
                gate.Reached.TrySetResult();
                await gate.Open.Task.WaitAsync(cancellationToken);
            }

            var room = gate.Open.Task.IsCompleted ? buffer.Length : (int)Math.Min(buffer.Length, gate.Bytes - _position);
            var read = await inner.ReadAsync(buffer[..room], cancellationToken);
            _position += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
