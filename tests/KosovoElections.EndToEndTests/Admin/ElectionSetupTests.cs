using KosovoElections.Application.Administration.Elections;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Staff;
using KosovoElections.EndToEndTests.BackOffice;
using KosovoElections.EndToEndTests.Fixtures;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KosovoElections.EndToEndTests.Admin;

/// <summary>
/// An election's mailboxes, missions and mayoral second round in the browser (issue 14): an admin changes a mission's
/// capacity, is told when it would go below the places taken, adds a mailbox; every page is looked at on the way
/// (screenshots, axe-core, nothing wider than a phone).
/// </summary>
[Collection(ClosingElectionCollection.Name)]
public sealed class ElectionSetupTests(FakeCameraChromium chromium, ClosingElectionSite site)
{
    [Fact]
    public async Task MailboxesAndMissions_ChangedByAnAdmin_AreShownOnTheElectionsPage()
    {
        var (local, assembly, mission) = await SeedAsync();
        try
        {
            await ChangeInTheBrowserAsync(local, assembly, mission);
        }
        finally
        {
            // The collection's other tests find the site's own election first in the admins' list.
            await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
            await db.Missions.Where(m => m.ElectionId == assembly).ExecuteDeleteAsync();
            await db.Mailboxes.Where(m => m.ElectionId == assembly).ExecuteDeleteAsync();
            await db.Elections.Where(e => e.Id == assembly).ExecuteDeleteAsync();
        }
    }

    private async Task ChangeInTheBrowserAsync(Guid local, Guid assembly, Guid mission)
    {
        await using var adminBrowser = await chromium.NewContextAsync(new()
        {
            BaseURL = site.BaseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/Belgrade",
            ViewportSize = new() { Width = 1440, Height = 900 },
        });
        var admin = await adminBrowser.NewPageAsync();
        // An admin of its own: the site's admin enrols the second factor in the deadline test, whatever runs first.
        await OfficeSteps.SignInAsync(admin, site, await site.Host.CreateStaffAsync(StaffRole.Admin));
        var page = $"/office/admin/elections/{assembly}";
        await OfficeSteps.LookAsync(admin, "admin-election-setup", page, "mailboxes");
        await OfficeSteps.LookAsync(admin, "admin-mailbox-new", $"{page}/mailboxes/new", "mailbox-form");
        await OfficeSteps.LookAsync(admin, "admin-mission-new", $"{page}/missions/new", "mission-form");
        await OfficeSteps.LookAsync(admin, "admin-mission", $"{page}/missions/{mission}", "mission-form");
        await OfficeSteps.LookAsync(admin, "admin-runoff", $"/office/admin/elections/{local}/runoff", "runoff-form");

        await admin.GotoAsync(page + "?culture=en");
        await admin.GetByTestId("mailbox-change").Nth(1).ClickAsync();
        await OfficeSteps.LookAsync(admin, "admin-mailbox", new Uri(admin.Url).AbsolutePath, "mailbox-form");
        await admin.GetByTestId("mailbox-address").FillAsync("P.O. Box 200\n1000 Skopje\nNorth Macedonia");
        await admin.GetByTestId("mailbox-save").ClickAsync();
        await Expect(admin.GetByTestId("election-setup-done")).ToHaveAttributeAsync("data-done", "mailbox-changed");
        await Expect(admin.GetByTestId("mailboxes")).ToContainTextAsync("North Macedonia");

        await admin.GetByTestId("mission-change").ClickAsync();
        await admin.GetByTestId("mission-capacity-input").FillAsync("2");
        await admin.GetByTestId("mission-save").ClickAsync();
        await Expect(admin.GetByTestId("error-mission-capacity")).ToHaveTextAsync("Places already taken: 3; the capacity cannot be 2. Enter at least 3.");
        await Expect(admin.GetByTestId("error-summary")).ToBeVisibleAsync();
        await admin.GetByTestId("mission-capacity-input").FillAsync("120");
        await admin.GetByTestId("mission-save").ClickAsync();
        await Expect(admin.GetByTestId("election-setup-done")).ToHaveAttributeAsync("data-done", "mission-changed");
        await Expect(admin.GetByTestId("mission-capacity")).ToHaveTextAsync("120");
    }

    /// <summary>An Assembly election well after the site's own, with its mailboxes and a mission three places of which are taken.</summary>
    private async Task<(Guid Local, Guid Assembly, Guid Mission)> SeedAsync()
    {
        var now = site.Host.Clock.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(now.AddDays(100));
        day = day.AddDays((7 - (int)day.DayOfWeek) % 7);
        var created = await site.Host.Get<CreateElection>().HandleAsync(new CreateElectionCommand(
            "Zgjedhjet për Kuvend", ElectionKind.Assembly, day, now.AddDays(60), now.AddDays(90), "end-to-end tests", "Izbori za Skupštinu", "Assembly elections"));
        var assembly = created.Value!;
        await using var db = await site.Host.Get<ElectionsDbFactory>().CreateAsync();
        db.Mailboxes.AddRange(
            Mailbox.InKosovo(assembly, "Kutia Postare 1000\n10000 Prishtinë"),
            Mailbox.Abroad(assembly, null, "P.O. Box 100\n1000 Skopje"),
            Mailbox.Abroad(assembly, "CH", "Postfach 100\n8021 Zürich"));
        var mission = DiplomaticMission.Open(assembly, "Ambasada e Republikës së Kosovës në Bernë", "CH", "Bern", 150);
        db.Missions.Add(mission);
        await db.SaveChangesAsync();
        await db.Missions.Where(m => m.Id == mission.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reserved, 3));
        var local = await db.Elections.Where(e => e.Kind == ElectionKind.Local).Select(e => e.Id).FirstAsync();
        return (local, assembly.Id, mission.Id);
    }
}
