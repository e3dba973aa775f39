using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// What blazor.web.js does to open a circuit's connection, with the headers under the test's control: the negotiate
/// POST, then the WebSocket to <c>/_blazor?id=…</c> and the SignalR handshake.
/// </summary>
public sealed class CircuitClient(string baseUrl, string? cookie = null, string? forwardedFor = null)
{
    public const string NoOrigin = "";

    /// <summary>The site's own origin, as a browser on its pages sends it.</summary>
    public string OwnOrigin { get; } = baseUrl.TrimEnd('/');

    /// <summary>POST /_blazor/negotiate with <paramref name="origin"/> (none for <see cref="NoOrigin"/>).</summary>
    public async Task<HttpResponseMessage> NegotiateAsync(string origin, string? acceptLanguage = null)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        if (origin.Length > 0)
        {
            request.Headers.Add("Origin", origin);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        Add(request.Headers);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Negotiates from the own origin and returns the connection token.</summary>
    public async Task<string> ConnectionTokenAsync()
    {
        using var response = await NegotiateAsync(OwnOrigin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("connectionToken").GetString()!;
    }

    /// <summary>
    /// Opens the WebSocket of <paramref name="token"/> from <paramref name="origin"/> and completes the SignalR
    /// handshake: the open socket, or the status the upgrade was refused with.
    /// </summary>
    public async Task<(ClientWebSocket? Socket, HttpStatusCode Status)> ConnectAsync(string token, string origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin.Length > 0)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        if (cookie is not null)
        {
            socket.Options.SetRequestHeader("Cookie", cookie);
        }

        if (forwardedFor is not null)
        {
            socket.Options.SetRequestHeader("X-Forwarded-For", forwardedFor);
        }

        var url = new UriBuilder(baseUrl) { Scheme = "ws", Path = "/_blazor", Query = "id=" + Uri.EscapeDataString(token) }.Uri;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await socket.ConnectAsync(url, timeout.Token);
        }
        catch (WebSocketException)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            return (null, status);
        }

        await HandshakeAsync(socket);
        return (socket, HttpStatusCode.SwitchingProtocols);
    }

    /// <summary>Negotiates and connects from the own origin; the socket, or the status of the step that refused.</summary>
    public async Task<(ClientWebSocket? Socket, HttpStatusCode Status)> OpenAsync()
    {
        using var negotiate = await NegotiateAsync(OwnOrigin);
        if (negotiate.StatusCode != HttpStatusCode.OK)
        {
            return (null, negotiate.StatusCode);
        }

        using var json = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync());
        return await ConnectAsync(json.RootElement.GetProperty("connectionToken").GetString()!, OwnOrigin);
    }

    /// <summary>Closes the socket as a closing tab does.</summary>
    public static async Task CloseAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        socket.Dispose();
    }

    private static async Task HandshakeAsync(ClientWebSocket socket)
    {
        // Blazor's hub speaks only "blazorpack"; the handshake itself is JSON and the server answers "{}" when it accepts.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    private void Add(System.Net.Http.Headers.HttpRequestHeaders headers)
    {
        if (cookie is not null)
        {
            headers.Add("Cookie", cookie);
        }

        if (forwardedFor is not null)
        {
            headers.Add("X-Forwarded-For", forwardedFor);
        }
    }
}
