using System.Globalization;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Domain.Elections;
using Microsoft.Extensions.Localization;

namespace KosovoElections.Web.Components.Admin.Elections.Setup;

internal static class MailboxNames
{
    /// <summary>"In Kosovo", "Abroad – default" or "Abroad – Germany", in the page's language.</summary>
    public static string Of(Mailbox mailbox, IStringLocalizer<Text> t) =>
        mailbox.Place == MailboxPlace.Kosovo ? t["AdminMailboxes_Kosovo"]
        : mailbox.CountryCode is { } code ? t["AdminMailboxes_Country", CountryName(code)]
        : t["AdminMailboxes_Default"];

    public static string CountryName(string code) => Countries.Find(code)?.NameIn(CultureInfo.CurrentUICulture.Name) ?? code;
}
