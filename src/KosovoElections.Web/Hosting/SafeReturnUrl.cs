namespace KosovoElections.Web.Hosting;

/// <summary>
/// The one check before following a return URL from a query string (SECURITY: no open redirects): only a path on this
/// site is followed. Refused: anything not starting with one "/" ("//evil", "/\evil", "http://evil", relative paths),
/// any backslash, control or non-ASCII character (a Location header carries only ASCII, and LocalRedirect throws on a
/// control character: a 500 for any anonymous visitor), and anything that would become one of those if decoded once more ("/%09/x",
/// "/%2F/evil"), since browsers drop tabs and newlines and read "\" as "/".
/// </summary>
internal static class SafeReturnUrl
{
    /// <summary><paramref name="url"/> if it is a path on this site, else <paramref name="fallback"/>.</summary>
    public static string Or(string? url, string fallback) => IsLocal(url) ? url! : fallback;

    /// <summary><paramref name="url"/> if it is a path on this site under <paramref name="area"/> (e.g. "/office"), else <paramref name="area"/>.</summary>
    public static string Within(string? url, string area) =>
        IsLocal(url) && url!.StartsWith(area, StringComparison.Ordinal) ? url : area;

    public static bool IsLocal(string? url)
    {
        if (!IsLocalAsWritten(url))
        {
            return false;
        }

        try
        {
            return IsLocalAsWritten(Uri.UnescapeDataString(url!));
        }
        catch (UriFormatException)
        {
            return false;
        }
    }

    private static bool IsLocalAsWritten(string? url) =>
        url is ['/', ..] and not ['/', '/', ..]
        && !url.Contains('\\', StringComparison.Ordinal)
        && url.All(c => c is >= ' ' and < '\x7f');
}
