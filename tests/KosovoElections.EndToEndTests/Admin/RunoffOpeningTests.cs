using System.Globalization;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Admin;

/// <summary>
/// The mayoral second round opened in the browser (issue 14, art. 9.6): after a local election's day an admin opens it
/// for Rahovec from the election's page, is told first to choose a municipality, and lands on the second round's page,
/// whose day (four weeks later) is shown and not offered for change; the approved voter of Rahovec is in it with the
/// receipt of the first round. The pages are looked at on the way.
/// </summary>
[Collection(ClosingElectionCollection.Name)]
public sealed class RunoffOpeningTests(FakeCameraChromium chromium, ClosingElectionSite site)
{
    private const int Rahovec = 29;
    private static readonly string Voter = 5_200_000_977L.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Runoff_OpenedByAnAdminInTheBrowser_CarriesTheApprovedVoterOverOnItsSunday()
    {
        var (first, receipt) = await SeedFirstRoundAsync();
        try
        {
            await using var browser = await chromium.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "en-GB", ViewportSize = new() { Width = 1440, Height = 900 } });
            var admin = await browser.NewPageAsync();
            await OfficeSteps.SignInAsync(admin, site, await site.Host.CreateStaffAsync(StaffRole.Admin));

            await admin.GotoAsync($"/office/admin/elections/{first.Id}?culture=en");
            await admin.GetByTestId("election-runoff-start").ClickAsync();
            await admin.GetByTestId("runoff-submit").ClickAsync();
            await Expect(admin.GetByTestId("error-runoff-municipalities")).ToBeVisibleAsync();
            await Expect(admin.GetByTestId("error-summary")).ToBeVisibleAsync();
            await admin.GetByTestId($"runoff-municipality-{Rahovec}").CheckAsync();
            await admin.GetByTestId("runoff-submit").ClickAsync();

            await Expect(admin.GetByTestId("election-saved")).ToBeVisibleAsync();
            var day = first.RunoffDay().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            await Expect(admin.GetByTestId("election-runoff-day")).ToHaveTextAsync(day);
            await Expect(admin.GetByTestId("election-day-day")).ToHaveCountAsync(0);
            await Expect(admin.GetByTestId("election-window")).ToHaveTextAsync("Takes no applications: the approved voters of the first round were carried over");
            await OfficeSteps.LookAsync(admin, "admin-election-runoff", new Uri(admin.Url).AbsolutePath, "election-runoff-day");

            await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
            var runoff = await db.Elections.AsNoTracking().SingleAsync(e => e.RunoffOf == first.Id);
            var carried = await db.Applications.AsNoTracking().SingleAsync(a => a.ElectionId == runoff.Id);
            Assert.Equal((Voter, ApplicationStatus.Approved, receipt), (carried.PersonalNumber, carried.Status, carried.ReceiptCode));
        }
        finally
        {
            await RemoveAsync(first.Id);
        }
    }

    /// <summary>A local election held last Sunday or earlier in the week, with its mailboxes and one approved voter of Rahovec.</summary>
    private async Task<(Election First, string? Receipt)> SeedFirstRoundAsync()
    {
        var now = site.Host.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var day = today.AddDays(-((int)today.DayOfWeek == 0 ? 7 : (int)today.DayOfWeek));
        var opens = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-40);
        var first = Election.Create(new ElectionName("Zgjedhjet lokale (provë)", "Lokalni izbori (proba)", "Local elections (test)"), ElectionKind.Local, day, opens, opens.AddDays(20));
        await site.Host.AddToRegistryAsync([RegistryPeople.Person(Voter, new DateOnly(1990, 1, 1))]);
        await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
        db.Elections.Add(first);
        db.Mailboxes.AddRange(Mailbox.InKosovo(first, "Kutia Postare 1000\n10000 Prishtinë"), Mailbox.Abroad(first, null, "P.O. Box 100\n1000 Skopje"));
        var sent = opens.AddDays(5);
        var application = VoterApplication.Start(first.Id, Voter, ApplicationChannel.Online, sent);
        application.RecordVerifiedEmail("runoff.voter@example.org", sent);
        application.RecordAddress(new AddressAbroad("DE", "Berlin", "Straße 1", "10115"), "+4930123456", sent);
        application.ChooseReturnMethod(ReturnMethod.PostalAbroad, sent);
        application.Submit(ReferenceNumber.New(), sent, sent);
        application.BeginReview(Guid.NewGuid(), sent.AddMinutes(15), sent);
        application.Approve(ReceiptCode.New(), Guid.NewGuid(), sent);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return (first, application.ReceiptCode);
    }

    /// <summary>The collection's other tests find the site's own election first in the admins' list.</summary>
    private async Task RemoveAsync(Guid first)
    {
        await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
        var elections = await db.Elections.Where(e => e.Id == first || e.RunoffOf == first).Select(e => e.Id).ToListAsync();
        await db.Applications.Where(a => elections.Contains(a.ElectionId) && a.CarriedOverFrom != null).ExecuteDeleteAsync();
        await db.Applications.Where(a => elections.Contains(a.ElectionId)).ExecuteDeleteAsync();
        await db.Mailboxes.Where(m => elections.Contains(m.ElectionId)).ExecuteDeleteAsync();
        await db.Elections.Where(e => e.RunoffOf == first).ExecuteDeleteAsync();
        await db.Elections.Where(e => e.Id == first).ExecuteDeleteAsync();
    }
}
