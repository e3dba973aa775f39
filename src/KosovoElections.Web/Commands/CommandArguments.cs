using System.Globalization;

namespace KosovoElections.Web.Commands;

/// <summary>Positional arguments and --option values of one command, with typed readers that explain bad input.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options;

    private CommandArguments(List<string> positional, Dictionary<string, string> options)
    {
        Positional = positional;
        _options = options;
    }

    public IReadOnlyList<string> Positional { get; }

    public static CommandArguments Parse(IEnumerable<string> args, IReadOnlySet<string> allowed)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (!allowed.Contains(name))
            {
                throw new CommandException($"Unknown option --{name}.");
            }

            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandException($"The option --{name} needs a value.");
            }

            if (!options.TryAdd(name, e.Current))
            {
                throw new CommandException($"The option --{name} is given twice.");
            }
        }

        return new CommandArguments(positional, options);
    }

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new CommandException($"The option --{name} is required.");

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    public T RequiredEnum<T>(string name)
        where T : struct, Enum
    {
        var value = Required(name);
        return Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new CommandException($"--{name} must be one of {string.Join(", ", Enum.GetNames<T>())}; \"{value}\" is not.");
    }

    public int RequiredInt(string name)
    {
        var value = Required(name);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new CommandException($"--{name} must be a whole number; \"{value}\" is not.");
    }

    public DateOnly RequiredDate(string name)
    {
        var value = Required(name);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CommandException($"--{name} must be a date YYYY-MM-DD; \"{value}\" is not.");
    }

    /// <summary>An ISO 8601 instant; one without an offset is read as Kosovo time, since that is how the CEC states deadlines.</summary>
    public DateTime RequiredInstant(string name)
    {
        var value = Required(name);
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) || !value.Contains('T', StringComparison.Ordinal))
        {
            throw new CommandException($"--{name} must be an ISO 8601 instant such as 2027-08-29T23:59:00+02:00; \"{value}\" is not.");
        }

        return parsed.Kind switch
        {
            DateTimeKind.Utc => parsed,
            DateTimeKind.Local => parsed.ToUniversalTime(),
            _ => TimeZoneInfo.ConvertTimeToUtc(parsed, Components.Shared.KosovoTime.Zone),
        };
    }

    public string Single(string what) =>
        Positional.Count == 1 ? Positional[0] : throw new CommandException($"Expected exactly one {what}.");

    public void NoPositional()
    {
        if (Positional.Count > 0)
        {
            throw new CommandException($"Unexpected argument \"{Positional[0]}\".");
        }
    }
}
