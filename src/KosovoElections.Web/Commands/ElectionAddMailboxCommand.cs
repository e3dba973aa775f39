using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Web.Commands;

internal sealed class ElectionAddMailboxCommand : ICommand
{
    public string Name => "election add-mailbox";

    public string Usage => "election add-mailbox --country XX|KOSOVO|DEFAULT --address \"…\"";

    public IReadOnlySet<string> Options { get; } = new HashSet<string> { "country", "address" };

    public async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, TextWriter output, TextWriter error)
    {
        arguments.NoPositional();
        var country = arguments.Required("country").Trim();
        var (place, code) = country.ToUpperInvariant() switch
        {
            "KOSOVO" => (MailboxPlace.Kosovo, null),
            "DEFAULT" => (MailboxPlace.Abroad, null),
            _ => (MailboxPlace.Abroad, country),
        };

        // Operators type "\n" for a line break in a one-line shell argument.
        var address = arguments.Required("address").Replace("\\n", "\n", StringComparison.Ordinal);
        var outcome = await services.GetRequiredService<AddMailbox>().HandleAsync(new AddMailboxCommand(place, code, address, "command-line"));
        if (!outcome.Succeeded)
        {
            await error.WriteLineAsync(EnglishText.Of(outcome.Errors));
            return ExitCodes.BadInput;
        }

        var added = outcome.Value!;
        var which = added.Mailbox.Place == MailboxPlace.Kosovo ? "in Kosovo"
            : added.Mailbox.IsDefaultAbroad ? "abroad (default for countries without their own)"
            : $"for {added.Mailbox.CountryCode}";
        await output.WriteLineAsync($"{(added.Replaced ? "Changed the address of" : "Added")} the mailbox {which} of \"{added.ElectionName}\": {added.Mailbox.Address.ReplaceLineEndings(", ")}");
        return ExitCodes.Ok;
    }
}
