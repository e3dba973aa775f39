namespace KosovoElections.Web.Hosting;

/// <summary>Diagnostic pages under /dev (the camera test bench) exist only in Development; elsewhere they are 404.</summary>
internal static class DevelopmentPages
{
    public const string Prefix = "/dev";

    public static IApplicationBuilder UseDevelopmentPagesOnlyInDevelopment(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
