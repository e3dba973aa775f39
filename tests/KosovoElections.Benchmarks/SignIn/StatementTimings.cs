using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using KosovoElections.Benchmarks.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>
/// Times every SQL statement EF Core runs while <see cref="Recording"/> is on, grouped by statement shape, so the
/// whole sign-in can be split into its round trips without copying the use case's queries.
/// </summary>
internal sealed partial class StatementTimings : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, Latencies> _byShape = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();

    public volatile bool Recording;

    public IReadOnlyDictionary<string, Latencies> ByShape => _byShape;

    public IReadOnlyDictionary<string, int> Failures => _failures;

    public void Clear()
    {
        _byShape.Clear();
        _failures.Clear();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Recording)
        {
            _failures.AddOrUpdate(Shape(command.CommandText), 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        if (Recording)
        {
            _byShape.GetOrAdd(Shape(command.CommandText), _ => new Latencies()).Record(duration.TotalMilliseconds);
        }
    }

    /// <summary>The statement up to its WHERE, long column lists elided but the table kept: one shape per query in the code.</summary>
    private static string Shape(string sql)
    {
        var head = Whitespace().Replace(sql.Split("\nWHERE", 2)[0], " ").Trim();
        return head.Length <= 80 ? head : $"{head[..40]} … {Table().Match(head).Value}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(FROM|INTO|UPDATE) \S+")]
    private static partial Regex Table();
}
