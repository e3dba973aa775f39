using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// The network between the browser and the host, which a test can cut: a TCP relay on its own loopback port that
/// passes every byte both ways to the host. <see cref="Cut"/> resets every open connection (the circuit's WebSocket
/// too) and refuses new ones, as a dropped Wi-Fi or a tunnel would; <see cref="Restore"/> accepts them again on the
/// same port. Chromium's offline emulation cannot stand in for it: it leaves open WebSockets running
/// (microsoft/playwright#4910).
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint _host;
    private readonly Lock _gate = new();
    private readonly HashSet<Socket> _open = [];
    private TcpListener? _listener;

    private TcpRelay(IPEndPoint host)
    {
        _host = host;
        _listener = Listen(0);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync(_listener);
    }

    public int Port { get; }

    /// <summary>What the browser opens instead of the host's own address.</summary>
    public string BaseUrl => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>A relay to the host at <paramref name="hostBaseUrl"/> (an http://127.0.0.1:port address).</summary>
    public static TcpRelay To(string hostBaseUrl)
    {
        var uri = new Uri(hostBaseUrl);
        return new TcpRelay(new IPEndPoint(IPAddress.Parse(uri.Host), uri.Port));
    }

    /// <summary>Resets every open connection on both sides and refuses new connections until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        Socket[] open;
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            open = [.. _open];
            _open.Clear();
        }

        foreach (var socket in open)
        {
            Reset(socket);
        }
    }

    /// <summary>Accepts connections again, on the same port.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (_listener is null)
            {
                _listener = Listen(Port);
                _ = AcceptAsync(_listener);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        return listener;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            Socket browser;
            try
            {
                browser = await listener.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // cut
            }

            _ = RelayAsync(browser);
        }
    }

    private async Task RelayAsync(Socket browser)
    {
        var host = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        browser.NoDelay = true;
        lock (_gate)
        {
            if (_listener is null)
            {
                Reset(browser); // accepted just as the network was cut
                host.Dispose();
                return;
            }

            _open.Add(browser);
            _open.Add(host);
        }

        try
        {
            await host.ConnectAsync(_host);
            await Task.WhenAll(PumpAsync(browser, host), PumpAsync(host, browser));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Reset(browser);
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(browser);
                _open.Remove(host);
            }

            browser.Dispose();
            host.Dispose();
        }
    }

    /// <summary>
    /// Copies one direction until its sender closes, then closes that direction on the other side too; a broken side
    /// (or a cut) breaks both.
    /// </summary>
    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Reset(from);
            Reset(to);
        }
    }

    /// <summary>Closes with an RST rather than a FIN: to each side the connection breaks, it is not ended politely.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
