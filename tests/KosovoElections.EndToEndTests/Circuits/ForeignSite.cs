using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace KosovoElections.EndToEndTests.Circuits;

/// <summary>
/// Another site on this machine (its own host on 127.0.0.2, a different site from the app's 127.0.0.1): one page
/// whose script opens a WebSocket to the app's circuit endpoint, as SignalR does when it skips negotiation, and
/// writes what happened into <c>body[data-result]</c>: <c>open</c> when the server accepted it, else <c>refused</c>.
/// </summary>
public sealed class ForeignSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ForeignSite(WebApplication app) => _app = app;

    public string PageUrl => _app.Urls.First() + "/";

    public static async Task<ForeignSite> StartAsync(string target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.2:0");
        var app = builder.Build();
        var socket = "ws" + target.TrimEnd('/')[4..] + "/_blazor";
        app.MapGet("/", () => Results.Content(Page(socket), "text/html; charset=utf-8"));
        await app.StartAsync();
        return new ForeignSite(app);
    }

    public static string Probe(string socketUrl) => $$"""
        new Promise(resolve => {
          const socket = new WebSocket('{{socketUrl}}');
          socket.onopen = () => { resolve('open'); socket.close(); };
          socket.onerror = () => resolve('refused');
          socket.onclose = () => resolve('refused');
        })
        """;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Page(string socketUrl) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Not the election site</title></head>
        <body><p>A page on another site.</p>
        <script>{{Probe(socketUrl)}}.then(result => document.body.dataset.result = result);</script>
        </body></html>
        """;
}
