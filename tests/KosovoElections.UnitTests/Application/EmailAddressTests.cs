using KosovoElections.Application.Registration.Email;

namespace KosovoElections.UnitTests.Application;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("blerta.shala@example.org")]
    [InlineData("  blerta.shala@example.org  ")]
    [InlineData("arben+zgjedhjet@mail.example.co.uk")]
    [InlineData("o'brien_1990@example-mail.de")]
    [InlineData("dritë@shqipëri.al")]
    [InlineData("milica.đorđević@primer.rs")]
    public void IsValid_PlainAddress_IsAccepted(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    [InlineData("blerta@localhost")]
    [InlineData("Blerta <blerta@example.org>")]
    [InlineData("blerta@@example.org")]
    [InlineData("blerta@shala@example.org")]
    [InlineData("blerta shala@example.org")]
    [InlineData("@example.org")]
    [InlineData("blerta@")]
    [InlineData(".blerta@example.org")]
    [InlineData("blerta.@example.org")]
    [InlineData("blerta..shala@example.org")]
    [InlineData("blerta@.example.org")]
    [InlineData("blerta@example.org.")]
    [InlineData("blerta@example..org")]
    [InlineData("blerta@-example.org")]
    [InlineData("blerta@example-.org")]
    [InlineData("blerta@exa_mple.org")]
    [InlineData("\"blerta shala\"@example.org")]
    [InlineData("blerta(comment)@example.org")]
    [InlineData("blerta@[127.0.0.1]")]
    [InlineData("blerta@example.org\r\nBcc: x@example.org")]
    public void IsValid_NotOnePlainAddress_IsRefused(string address) => Assert.False(EmailAddress.IsValid(address));

    [Fact]
    public void IsValid_LocalPartOver64OrAddressOver254_IsRefused()
    {
        Assert.True(EmailAddress.IsValid(new string('a', 64) + "@example.org"));
        Assert.False(EmailAddress.IsValid(new string('a', 65) + "@example.org"));
        Assert.False(EmailAddress.IsValid("a@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org"));
        Assert.False(EmailAddress.IsValid("a@" + new string('b', 64) + ".org"));
    }
}
