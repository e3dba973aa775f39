namespace KosovoElections.Infrastructure.Images.Native;

/// <summary>TurboJPEG refused; <see cref="IsWarning"/> when libjpeg only warned (and was told to stop on warnings).</summary>
internal sealed class TurboJpegException(string message, bool isWarning) : Exception(message)
{
    public bool IsWarning { get; } = isWarning;

    /// <summary>libjpeg's words for data that stops early: "Premature end of JPEG file" and "…of data segment".</summary>
    public bool IsPrematureEnd => Message.Contains("remature end", StringComparison.Ordinal);
}
