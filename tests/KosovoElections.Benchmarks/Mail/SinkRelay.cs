using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.Benchmarks.Mail;

/// <summary>A local SMTP server that accepts and discards every message (aiosmtpd's Sink handler, python3-aiosmtpd).</summary>
internal sealed class SinkRelay : IDisposable
{
    private readonly Process _process;

    private SinkRelay(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SinkRelay> StartAsync()
    {
        var port = PostgresServer.FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3", $"-m aiosmtpd -n -l 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} -c aiosmtpd.handlers.Sink")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var relay = new SinkRelay(Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd."), port);
        _ = relay._process.StandardOutput.ReadToEndAsync();
        _ = relay._process.StandardError.ReadToEndAsync();
        for (var waited = 0; waited < 15_000; waited += 50)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return relay;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        relay.Dispose();
        throw new TimeoutException("aiosmtpd did not start within 15 s (is python3-aiosmtpd installed?).");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
    }
}
