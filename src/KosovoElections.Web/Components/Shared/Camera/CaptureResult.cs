namespace KosovoElections.Web.Components.Shared.Camera;

/// <summary>
/// What the page made of an upload, shown under the camera: the server's thumbnail (a data: or same-origin URL) and a
/// message in the voter's language, the verdict when accepted, the reason when not.
/// </summary>
public sealed record CaptureResult(bool Accepted, string? ThumbnailUrl, string? Message)
{
    public static CaptureResult Accept(string? thumbnailUrl, string? verdict) => new(true, thumbnailUrl, verdict);

    public static CaptureResult Refuse(string message, string? thumbnailUrl = null) => new(false, thumbnailUrl, message);
}
