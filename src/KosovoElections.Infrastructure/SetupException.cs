namespace KosovoElections.Infrastructure;

/// <summary>
/// The installation cannot run as configured: a required secret or setting is missing or malformed, or the database
/// needs `migrate`. The message tells the operator what to do, so the host and the commands print it alone, without a
/// stack trace.
/// </summary>
public sealed class SetupException(string message) : InvalidOperationException(message)
{
    /// <summary>The setup problem behind an exception, however deep a container or a reflection call wrapped it.</summary>
    public static SetupException? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SetupException setup)
            {
                return setup;
            }
        }

        return null;
    }
}
