using KosovoElections.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.ComponentTests.Shared;

/// <summary>
/// Where a page the visitor may no longer see sends them (an open circuit whose session ended, T-SES-03): a back-office
/// page to the staff sign-in, any other to the applicant's, each with the way back.
/// </summary>
public sealed class RedirectToSignInTests : LocalizedComponentTest
{
    [Theory]
    [InlineData("/office", "/office/sign-in?returnUrl=%2Foffice")]
    [InlineData("/office/applications/KE-1234?tab=2", "/office/sign-in?returnUrl=%2Foffice%2Fapplications%2FKE-1234%3Ftab%3D2")]
    [InlineData("/office/queue", "/office/sign-in?returnUrl=%2Foffice%2Fqueue")]
    [InlineData("/apply/address", "/apply/sign-in?returnUrl=%2Fapply%2Faddress")]
    [InlineData("/apply", "/apply/sign-in?returnUrl=%2Fapply")]
    [InlineData("/officeholders", "/apply/sign-in?returnUrl=%2Fofficeholders")]
    public void Render_OnAPage_SendsToItsSignInWithTheWayBack(string page, string expected)
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(page);

        Render<RedirectToSignIn>();

        Assert.Equal(navigation.BaseUri + expected.TrimStart('/'), navigation.Uri);
    }
}
