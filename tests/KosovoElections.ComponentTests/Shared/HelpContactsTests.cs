using System.Globalization;
using KosovoElections.Infrastructure;
using KosovoElections.Web.Components.Shared;
using Microsoft.Extensions.Configuration;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>The help contacts as the operator configures them: refused in one line when they cannot be dialled or written to.</summary>
public sealed class HelpContactsTests
{
    [Fact]
    public void From_PhoneWithoutCountryCode_StopsTheStartNamingTheSetting()
    {
        var error = Assert.Throws<SetupException>(() => HelpContacts.From(Settings(("Help:Phone", "038 000 111"))));

        Assert.StartsWith("Help:Phone must be a telephone number", error.Message);
    }

    [Fact]
    public void From_NotAnEmail_StopsTheStartNamingTheSetting()
    {
        var error = Assert.Throws<SetupException>(() => HelpContacts.From(Settings(("Help:Email", "the CEC"))));

        Assert.StartsWith("Help:Email must be an e-mail address", error.Message);
    }

    [Fact]
    public void From_HoursOnlyInAlbanian_ShownInAlbanianToEveryone()
    {
        var help = HelpContacts.From(Settings(("Help:Phone", " +383 (38) 000-111 "), ("Help:Hours:sq", "08:00–16:00")));

        Assert.Equal("tel:+38338000111", help.PhoneHref);
        Assert.Equal("08:00–16:00", help.HoursIn(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void From_NothingConfigured_NothingToShow() => Assert.False(HelpContacts.From(Settings()).Any);

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
