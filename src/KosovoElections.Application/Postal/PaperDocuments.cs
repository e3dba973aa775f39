using FluentValidation.Results;
using KosovoElections.Application.Common;
using KosovoElections.Application.Documents;
using KosovoElections.Domain;
using KosovoElections.Domain.Applications;

namespace KosovoElections.Application.Postal;

/// <summary>
/// A scan or photo of one document of a paper application, as staff uploaded it: the form field it came in, what it
/// shows, the file's name as the browser sent it (compared with what the bytes are, never used to store) and its bytes.
/// </summary>
public sealed record PaperDocument(string Field, DocumentKind Kind, DocumentSubtype Subtype, string? FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>The form field of a kind's file, where its messages are shown.</summary>
    public static string FieldOf(DocumentKind kind) => $"{kind}File";

    public PaperDocument(DocumentKind kind, DocumentSubtype subtype, string? fileName, ReadOnlyMemory<byte> content)
        : this(FieldOf(kind), kind, subtype, fileName, content)
    {
    }
}

/// <summary>Why an uploaded file was refused before its own checks ran; each has a message in every UI language.</summary>
[ShownToPeople]
public enum UploadProblem
{
    Missing,

    /// <summary>Neither a JPEG nor a PDF, whatever its name says.</summary>
    NotAccepted,

    /// <summary>The file's name says one kind of file and its bytes are another.</summary>
    NameDoesNotMatch,

    /// <summary>Larger than any file taken (the page checks the declared length before reading it).</summary>
    TooLarge,
}

/// <summary>A file that passed its checks, ready for the encrypted store: a rewritten JPEG with its thumbnail, or a PDF as it came.</summary>
internal sealed record CheckedDocument(PaperDocument Upload, ProcessedImage? Image, int PdfPages);

/// <summary>
/// Sends each uploaded file down its one path (decision 0016): a JPEG through the capture pipeline (the same limits,
/// rewrite and facts), a PDF through <see cref="PdfScan"/>, anything else refused. The kind is read from the bytes;
/// a name whose extension says otherwise is refused too, since a staff member should know what they scanned.
/// </summary>
internal static class PaperDocuments
{
    private static readonly string[] JpegExtensions = [".jpg", ".jpeg"];

    public static List<CheckedDocument> Check(IReadOnlyList<PaperDocument> uploads, IImageProcessor images, ValidationResult errors)
    {
        List<CheckedDocument> accepted = [];
        foreach (var upload in uploads)
        {
            var (document, problem) = CheckOne(upload, images);
            if (document is not null)
            {
                accepted.Add(document);
            }
            else
            {
                errors.Errors.Add(new ValidationFailure(upload.Field, problem));
            }
        }

        return accepted;
    }

    /// <summary>The file ready to store, or the text key of what is wrong with it.</summary>
    private static (CheckedDocument? Document, string? Problem) CheckOne(PaperDocument upload, IImageProcessor images)
    {
        var content = upload.Content.Span;
        var extension = Path.GetExtension(upload.FileName ?? string.Empty).ToLowerInvariant();
        if (content.IsEmpty)
        {
            return (null, TextKey.For(UploadProblem.Missing));
        }

        if (PdfScan.IsPdf(content))
        {
            if (extension != ".pdf")
            {
                return (null, TextKey.For(UploadProblem.NameDoesNotMatch));
            }

            var (pages, problem) = PdfScan.Check(content);
            return problem is { } pdf ? (null, TextKey.For(pdf)) : (new CheckedDocument(upload, null, pages), null);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            if (!JpegExtensions.Contains(extension))
            {
                return (null, TextKey.For(UploadProblem.NameDoesNotMatch));
            }

            var outcome = images.Process(content);
            return outcome.Image is { } image ? (new CheckedDocument(upload, image, 0), null) : (null, TextKey.For(outcome.Problem!.Value));
        }

        return (null, TextKey.For(UploadProblem.NotAccepted));
    }
}
