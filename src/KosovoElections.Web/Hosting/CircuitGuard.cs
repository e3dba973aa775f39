using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Hosting;

/// <summary>
/// In front of the circuit endpoint (<c>/_blazor</c>), before the hub sees a request: the origin check
/// (<see cref="CircuitOrigins"/>, 403) and the connection limits (<see cref="CircuitLimits"/>, 429 with a text in the
/// reader's language). The circuit's connection itself must be a WebSocket: a long-polling or server-sent-events
/// connection would spread over many requests and escape the count.
/// </summary>
internal static class CircuitGuard
{
    public const string Path = "/_blazor";

    public static void AddCircuitGuard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(CircuitOrigins.From(builder.Configuration));
        builder.Services.AddSingleton(CircuitLimits.From(builder.Configuration));
        SessionRevalidation.IntervalFrom(builder.Configuration); // a wrong setting stops the start, not the first page
    }

    public static IApplicationBuilder UseCircuitGuard(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Path), guarded => guarded.Use(GuardAsync));

    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.RequestServices.GetRequiredService<CircuitOrigins>().Allows(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var negotiate = context.Request.Path.StartsWithSegments(Path + "/negotiate");
        var connection = context.Request.Path == Path;
        if (!negotiate && !connection)
        {
            await next(context); // initializers, the disconnect beacon
            return;
        }

        if (connection && !CircuitOrigins.IsWebSocketUpgrade(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var limits = context.RequestServices.GetRequiredService<CircuitLimits>();
        var session = await SessionAsync(context);
        var address = context.Client();
        var refusal = negotiate ? limits.Check(session, address) : limits.TryTake(session, address);
        if (refusal != CircuitRefusal.None)
        {
            await RefuseAsync(context, refusal);
            return;
        }

        if (negotiate)
        {
            await next(context);
            return;
        }

        try
        {
            await next(context); // lasts as long as the WebSocket
        }
        finally
        {
            limits.Release(session, address);
        }
    }

    /// <summary>The applicant's session (the default scheme, already authenticated) or else the staff member's.</summary>
    private static async Task<string?> SessionAsync(HttpContext context)
    {
        if (context.User.SessionId() is { } applicant)
        {
            return "applicant:" + applicant;
        }

        var staff = await context.AuthenticateAsync(StaffAuthentication.Scheme);
        return staff.Principal?.StaffSessionId() is { } staffSession ? "staff:" + staffSession : null;
    }

    private static Task RefuseAsync(HttpContext context, CircuitRefusal refusal)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text[refusal == CircuitRefusal.TooManyForSession ? "CircuitsTooManyTabs" : "CircuitsTooManyFromAddress"].Value, context.RequestAborted);
    }
}
