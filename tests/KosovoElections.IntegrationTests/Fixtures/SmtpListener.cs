using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using KosovoElections.Infrastructure.Email;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd (python3-aiosmtpd, run with the system Python through
/// <c>smtp_listener.py</c> beside this file, embedded in the assembly) on a loopback port, storing what it receives in a Maildir that the test
/// reads back, and logging each connection it accepts.
/// </summary>
public sealed partial class SmtpListener : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;
    private readonly string _connectionLog;

    private SmtpListener(Process process, int port, string mailDir, string connectionLog)
    {
        _process = process;
        Port = port;
        MailDir = mailDir;
        _connectionLog = connectionLog;
    }

    public int Port { get; }

    public string MailDir { get; }

    /// <summary>How many TCP connections the server has accepted (each is logged before its greeting is sent).</summary>
    public int Connections => File.Exists(_connectionLog) ? File.ReadAllLines(_connectionLog).Length : 0;

    /// <summary>Starts the server on <paramref name="port"/> (a free one if not given) and waits until it accepts connections.</summary>
    public static Task<SmtpListener> StartAsync(int? port = null) => StartAsync(new SmtpListenerSetup(), port);

    /// <summary>Starts a server that behaves as <paramref name="setup"/> says; its readiness probe is not counted in <see cref="Connections"/>.</summary>
    public static async Task<SmtpListener> StartAsync(SmtpListenerSetup setup, int? port = null)
    {
        var chosen = port ?? PostgresServer.FreePort();
        var root = Path.Combine(Path.GetTempPath(), "ke-smtp-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var mailDir = Path.Combine(root, "maildir");
        var connectionLog = Path.Combine(root, "connections.log");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var script = Path.Combine(root, "smtp_listener.py");
        await using (var source = typeof(SmtpListener).Assembly.GetManifestResourceStream("smtp_listener.py")
            ?? throw new InvalidOperationException("smtp_listener.py is not embedded in this assembly."))
        await using (var target = File.Create(script))
        {
            await source.CopyToAsync(target);
        }

        foreach (var argument in new[] { script, "--port", chosen.ToString(CultureInfo.InvariantCulture), "--maildir", mailDir, "--connections", connectionLog })
        {
            start.ArgumentList.Add(argument);
        }

        if (setup.Certificate is { } certificate)
        {
            var certificateFile = Path.Combine(root, "cert.pem");
            var keyFile = Path.Combine(root, "key.pem");
            await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());
            await File.WriteAllTextAsync(keyFile, PrivateKeyPem(certificate));
            start.ArgumentList.Add("--tlscert");
            start.ArgumentList.Add(certificateFile);
            start.ArgumentList.Add("--tlskey");
            start.ArgumentList.Add(keyFile);
        }

        if (setup.RefuseAuthentication)
        {
            start.ArgumentList.Add("--refuse-auth");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        var listener = new SmtpListener(process, chosen, mailDir, connectionLog);
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
                // The probe was a connection too: start the count from zero.
                for (var settled = 0; settled < 5_000 && listener.Connections == 0; settled += 10)
                {
                    await Task.Delay(10);
                }

                File.Delete(connectionLog);
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
            Directory.Delete(Path.GetDirectoryName(MailDir)!, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was received.
        }
    }

    private static string PrivateKeyPem(X509Certificate2 certificate) =>
        (certificate.GetECDsaPrivateKey() as AsymmetricAlgorithm ?? certificate.GetRSAPrivateKey())?.ExportPkcs8PrivateKeyPem()
            ?? throw new ArgumentException("The listener's certificate needs its private key.", nameof(certificate));

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

/// <summary>
/// How the <see cref="SmtpListener"/> behaves: with a <paramref name="Certificate"/> (and its private key) it requires
/// STARTTLS; <paramref name="RefuseAuthentication"/> requires AUTH and refuses every attempt. Recipients whose address
/// starts with "refused" are always refused with 550.
/// </summary>
public sealed record SmtpListenerSetup(X509Certificate2? Certificate = null, bool RefuseAuthentication = false);
