using Microsoft.AspNetCore.Components;

namespace KosovoElections.Web.Components.Shared;

/// <summary>
/// Links to a place on the page being shown. The site's <c>&lt;base href="/"&gt;</c> makes a bare <c>#id</c> mean the
/// start page, so a fragment link carries the page's own path and query.
/// </summary>
public static class SamePage
{
    /// <summary>"/path?query#id" for the current page, always one leading slash (never "//", which names another host).</summary>
    public static string Fragment(NavigationManager navigation, string id) => Path(navigation) + "#" + Uri.EscapeDataString(id);

    /// <summary>
    /// "/path?query" of the current page, relative to the site's root so that it holds behind a proxy that changes the
    /// scheme or host; always one leading slash (never "//", which a browser would read as another site).
    /// </summary>
    public static string Path(NavigationManager navigation)
    {
        var relative = navigation.ToBaseRelativePath(navigation.Uri);
        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            relative = relative[..hash];
        }

        return "/" + relative.TrimStart('/', '\\');
    }
}
