using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KosovoElections.Infrastructure.Email;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd (python3-aiosmtpd, run with the system Python) on a loopback port, storing
/// what it receives in a Maildir that the test reads back.
/// </summary>
public sealed partial class SmtpListener : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;

    private SmtpListener(Process process, int port, string mailDir)
    {
        _process = process;
        Port = port;
        MailDir = mailDir;
    }

    public int Port { get; }

    public string MailDir { get; }

    /// <summary>Starts the server on <paramref name="port"/> (a free one if not given) and waits until it accepts connections.</summary>
    public static async Task<SmtpListener> StartAsync(int? port = null)
    {
        var chosen = port ?? PostgresServer.FreePort();
        var mailDir = Path.Combine(Path.GetTempPath(), "ke-smtp-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo(Python, $"-m aiosmtpd -n -l 127.0.0.1:{chosen} -c aiosmtpd.handlers.Mailbox {mailDir}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var listener = new SmtpListener(process, chosen, mailDir);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        for (var waited = 0; waited < 15_000; waited += 50)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited ({process.ExitCode}): {await stderr} — is python3-aiosmtpd installed? (scripts/test.sh installs it)");
            }

            if (await AcceptsAsync(chosen))
            {
                return listener;
            }

            await Task.Delay(50);
        }

        listener.Dispose();
        throw new TimeoutException($"aiosmtpd did not listen on port {chosen} within 15 s.");
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<EmlFile> Messages() =>
        !Directory.Exists(MailDir) ? []
        : new[] { "new", "cur" }.Select(d => Path.Combine(MailDir, d)).Where(Directory.Exists)
            .SelectMany(d => new DirectoryInfo(d).EnumerateFiles())
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => EmlFile.Read(f.FullName))
            .ToList();

    /// <summary>The messages to <paramref name="address"/> received so far, oldest first.</summary>
    public IReadOnlyList<EmlFile> MessagesTo(string address) =>
        Messages().Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (or 10 s passed) and returns them all.</summary>
    public Task<IReadOnlyList<EmlFile>> WaitForAsync(int count) => WaitAsync(Messages, count, TimeSpan.FromSeconds(10));

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages to <paramref name="address"/> arrived (or
    /// <paramref name="timeout"/>, 10 s by default, passed: the outbox is polled every 2 s) and returns them oldest first.
    /// </summary>
    public Task<IReadOnlyList<EmlFile>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        WaitAsync(() => MessagesTo(address), count, timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>The six digits of a verification e-mail.</summary>
    public static string CodeIn(EmlFile message) => Code().Match(message.Text ?? string.Empty) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("No code in: " + message.Text);

    private static async Task<IReadOnlyList<EmlFile>> WaitAsync(Func<IReadOnlyList<EmlFile>> read, int count, TimeSpan timeout)
    {
        for (var waited = TimeSpan.Zero; waited < timeout && read().Count < count; waited += TimeSpan.FromMilliseconds(50))
        {
            await Task.Delay(50);
        }

        return read();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(MailDir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was received.
        }
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\b[0-9]{6}\b")]
    private static partial Regex Code();
}
