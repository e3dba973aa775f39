using KosovoElections.Application.Documents;

namespace KosovoElections.Infrastructure.Documents;

/// <summary>
/// Documents as encrypted files under one folder, for a single server with a backed-up disk. Each item is
/// &lt;folder&gt;/&lt;id[0..2]&gt;/&lt;id[2..4]&gt;/&lt;id&gt; so no directory grows past a few thousand entries.
/// </summary>
/// <param name="folder">An absolute folder outside the web root; created on the first save.</param>
public sealed class FileSystemDocumentStore(string folder, DocumentEnvelope envelope) : IDocumentStore
{
    public const string Scheme = "fs";

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Where the item of a well-formed reference lives; refuses anything else before the disk is touched.</summary>
    public string PathOf(string reference)
    {
        var id = DocumentReference.IdOf(reference, Scheme);
        return Path.Combine(Folder, id[..2], id[2..4], id);
    }

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var (_, reference) = DocumentReference.New(Scheme);
        var bytes = DocumentFile.Format(envelope.Seal(content.Span, reference));
        var path = PathOf(reference);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written beside its final name and renamed, so a reader or a crash never sees half a file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(bytes, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
            return reference;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<byte[]?> ReadAsync(string reference, CancellationToken cancellationToken = default)
    {
        var path = PathOf(reference);
        try
        {
            return envelope.Open(DocumentFile.Parse(await File.ReadAllBytesAsync(path, cancellationToken), reference), reference);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        var path = PathOf(reference);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Never saved, or its folder was removed: deleted either way.
        }

        return Task.CompletedTask;
    }
}
