using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// One throwaway PostgreSQL 15 cluster for the whole test run: initdb in a temp folder, loopback on a free port,
/// fsync off. Started on first use, stopped when the test process exits. Each test class gets its own database.
/// </summary>
public sealed class PostgresServer
{
    private const string BinDir = "/usr/lib/postgresql/15/bin";
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly bool IsRoot = Environment.UserName == "root";
    private static int _databases;

    private PostgresServer(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    public static PostgresServer Instance => Shared.Value;

    public string Folder { get; }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix)
    {
        var name = $"{prefix.ToLowerInvariant()}_{Interlocked.Increment(ref _databases)}_{Environment.ProcessId}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static PostgresServer Start()
    {
        if (!File.Exists($"{BinDir}/initdb"))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDir}/initdb missing): run scripts/test.sh, which installs it.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "ke-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (IsRoot)
        {
            Run("chown", $"postgres: {folder}");
        }

        var port = FreePort();
        Pg("initdb", $"-D {folder}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        Pg("pg_ctl", $"-D {folder}/data -l {folder}/server.log -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        var server = new PostgresServer(folder, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            Pg("pg_ctl", $"-D {Folder}/data -m immediate -w stop");
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort at process exit: a leftover temp folder is harmless.
        }
    }

    private static void Pg(string tool, string arguments)
    {
        if (IsRoot)
        {
            Run("runuser", $"-u postgres -- {BinDir}/{tool} {arguments}");
        }
        else
        {
            Run($"{BinDir}/{tool}", arguments);
        }
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }
    }
}
