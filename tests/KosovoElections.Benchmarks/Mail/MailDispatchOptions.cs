using System.Globalization;

namespace KosovoElections.Benchmarks.Mail;

/// <param name="Messages">Messages queued and dispatched in each timed run.</param>
/// <param name="Rounds">Rounds of the three senders (in a rotating order); medians are reported.</param>
public sealed record MailDispatchOptions(int Messages, int Rounds)
{
    public static MailDispatchOptions Parse(string[] args)
    {
        var options = new MailDispatchOptions(1000, 5);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--messages" => options with { Messages = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
