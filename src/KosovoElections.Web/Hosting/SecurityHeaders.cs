namespace KosovoElections.Web.Hosting;

internal static class SecurityHeaders
{
    // Blazor Server needs the WebSocket to its own origin and nothing else; no inline script, no framing.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// A stricter policy for this one response (a document image). Headers set directly would be replaced by this
    /// middleware, which writes its headers last, as the response starts.
    /// </summary>
    public static void UseContentSecurityPolicy(this HttpContext context, string policy) => context.Items[typeof(SecurityHeaders)] = policy;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items[typeof(SecurityHeaders)] as string ?? ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (context.Request.Path.StartsWithSegments("/apply") || context.Request.Path.StartsWithSegments("/office"))
                {
                    // Applicant and back-office pages show personal data: never kept by a browser or a proxy cache.
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
