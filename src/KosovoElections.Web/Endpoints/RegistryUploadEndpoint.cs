using System.Text.Unicode;
using KosovoElections.Application.Registry.Upload;
using KosovoElections.Domain.Staff;
using KosovoElections.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace KosovoElections.Web.Endpoints;

/// <summary>The upload's limits (Registry:Upload): the largest file, and where accepted files wait for their import.</summary>
public sealed class RegistryUploadOptions
{
    public const string Section = "Registry:Upload";

    /// <summary>2 million rows of SPEC §8 are about 160 MB.</summary>
    public int MaxMegabytes { get; set; } = 512;

    /// <summary>
    /// Null: a folder under the system's temporary folder. The files hold personal data and are deleted after their
    /// import, and at start what a stopped server left; each server needs a folder of its own (its imports are its own).
    /// </summary>
    public string? Folder { get; set; }

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    public string FolderOrDefault => Folder ?? Path.Combine(Path.GetTempPath(), "kosovo-registry-uploads");

    /// <summary>Where an accepted upload waits for its import: a random name of its own in the folder.</summary>
    public string NewStoredPath()
    {
        Directory.CreateDirectory(FolderOrDefault);
        return Path.Combine(FolderOrDefault, $"{Guid.NewGuid():N}{StoredExtension}");
    }

    /// <summary>
    /// Deletes the uploads a stopped server left waiting (only files named as <see cref="NewStoredPath"/> names them);
    /// before this server serves, none of them can be an import of its own. Returns how many.
    /// </summary>
    public int DeleteLeftUploads()
    {
        if (!Directory.Exists(FolderOrDefault))
        {
            return 0;
        }

        var left = Directory.EnumerateFiles(FolderOrDefault, "*" + StoredExtension)
            .Where(f => Guid.TryParseExact(Path.GetFileNameWithoutExtension(f), "N", out _))
            .ToList();
        left.ForEach(File.Delete);
        return left.Count;
    }

    private const string StoredExtension = ".csv";
}

internal static class RegistryUploadEndpoint
{
    public const string Path = "/office/admin/registry/upload";

    /// <summary>The multipart boundaries, the other fields and the antiforgery token, beyond the file itself.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>
    /// POST /office/admin/registry/upload (multipart, field "file"): refuses a body larger than the limit from its
    /// Content-Length before reading a byte, and otherwise while reading; the form is buffered to disk past 64 KB, never
    /// in memory; then the file is copied to the upload folder under a random name and handed to
    /// <see cref="StartRegistryImport"/>. Answers with a redirect to the registry page, with the problem in its query.
    /// </summary>
    public static void MapRegistryUploadEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, UploadAsync)
            .RequireAuthorization(new RequirePermissionAttribute(Permission.ManageRegistry))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());

    private static async Task<IResult> UploadAsync(HttpContext context, IAntiforgery antiforgery, RegistryUploadOptions options, StartRegistryImport start)
    {
        if (context.Staff() is not { } staff || !staff.May(Permission.ManageRegistry))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var limit = options.MaxBytes + FormOverhead;
        if (context.Request.ContentLength > limit)
        {
            return Refused(RegistryUploadProblem.TooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 16 }));
        IFormFile? file;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            file = context.Request.Form.Files.GetFile("file");
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return Refused(RegistryUploadProblem.TooLarge);
        }

        if (file is null || file.Length == 0)
        {
            return Refused(RegistryUploadProblem.NoFile);
        }

        if (!string.Equals(System.IO.Path.GetExtension(file.FileName), ".csv", StringComparison.OrdinalIgnoreCase) || !await IsTextAsync(file))
        {
            return Refused(RegistryUploadProblem.NotCsv);
        }

        var stored = options.NewStoredPath();
        try
        {
            await using (var target = new FileStream(stored, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await file.CopyToAsync(target, context.RequestAborted);
            }

            var started = await start.HandleAsync(new StartRegistryImportCommand(staff, file.FileName, file.Length, stored), context.RequestAborted);
            if (started != RegistryImportStart.Started)
            {
                File.Delete(stored);
            }

            return started switch
            {
                RegistryImportStart.Started => Results.Redirect(RegistryPage),
                RegistryImportStart.AlreadyRunning => Refused(RegistryUploadProblem.AlreadyRunning),
                _ => Results.StatusCode(StatusCodes.Status403Forbidden),
            };
        }
        catch
        {
            File.Delete(stored);
            throw;
        }
    }

    private const string RegistryPage = "/office/admin/registry";

    private static IResult Refused(RegistryUploadProblem problem) => Results.Redirect($"{RegistryPage}?problem={problem}");

    /// <summary>UTF-8 text without NUL bytes in its first 4 KB (a character cut at the end is allowed): a spreadsheet or an archive is not.</summary>
    private static async Task<bool> IsTextAsync(IFormFile file)
    {
        var start = new byte[4096];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false);
        var text = start.AsSpan(0, read);
        if (text.Contains((byte)0))
        {
            return false;
        }

        for (var cut = 0; cut <= Math.Min(3, read); cut++)
        {
            if (Utf8.IsValid(text[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
