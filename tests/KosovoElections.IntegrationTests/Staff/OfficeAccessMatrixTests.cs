using System.Globalization;
using System.Net;
using System.Reflection;
using KosovoElections.Application.Documents;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Images;
using KosovoElections.IntegrationTests.Review.Flags;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Staff;

/// <summary>
/// Who may open which back-office page (issue 13, T-AC-01): the expected status of each route for each kind of visitor,
/// written out so that a changed rule shows in review, and compared with the pages found by reflection so that a new
/// page cannot be left out. 302 means "sent to /office/sign-in".
/// </summary>
public sealed class OfficeAccessMatrixTests(SqliteStaffSiteHost fixture) : IClassFixture<SqliteStaffSiteHost>
{
    private const int Redirect = 302;

    /// <summary>The sign-in pages, open to anyone and tested with the sign-in itself (StaffSignInTests).</summary>
    private static readonly string[] SignInPages = ["/office/sign-in", "/office/sign-in/code"];

    /// <summary>Route → status for anonymous, a signed-in applicant, reviewer, supervisor, admin.</summary>
    private static readonly Dictionary<string, int[]> Expected = new()
    {
        ["/office"] = [Redirect, Redirect, 200, 200, 200],
        ["/office/queue"] = [Redirect, Redirect, 200, 200, 403],
        ["/office/applications/{Reference}"] = [Redirect, Redirect, 200, 200, 403],
        ["/office/second-review"] = [Redirect, Redirect, 403, 200, 403],
        ["/office/leases"] = [Redirect, Redirect, 403, 200, 403],
        ["/office/admin/elections"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}/deadline"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/new"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/retention"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/audit"] = [Redirect, Redirect, 403, 200, 200],
        ["/office/admin/staff"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/staff/{StaffId:guid}"] = [Redirect, Redirect, 403, 403, 200],

        // An invitation's link: anonymous by design; a token that is not one shows the expired-link message.
        ["/office/set-password/{Token}"] = [200, 200, 200, 200, 200],
        ["/office/admin/exports"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/exports/approved-list"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/registry"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/postal/new"] = [Redirect, Redirect, 403, 200, 200],
        ["/office/admin/elections/{ElectionId:guid}/mailboxes/new"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}/mailboxes/{MailboxId:guid}"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}/missions/new"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}/missions/{MissionId:guid}"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/admin/elections/{ElectionId:guid}/runoff"] = [Redirect, Redirect, 403, 403, 200],
        ["/office/dashboard"] = [Redirect, Redirect, 403, 200, 200],
    };

    [Fact]
    public void Table_NamesEveryOfficePage() =>
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), OfficeRoutes().Except(SignInPages).Order(StringComparer.Ordinal));

    [Fact]
    public async Task OfficePages_EachVisitor_GetsTheExpectedStatus()
    {
        var application = await new ReviewSeed(fixture.Host).SentAsync();
        Guid election;
        await using (var db = await fixture.Host.Get<KosovoElections.Infrastructure.Persistence.ElectionsDbFactory>().CreateAsync())
        {
            election = await db.Elections.Select(e => e.Id).FirstAsync();
        }

        using var anonymous = new BrowserSession(fixture.Host.BaseUrl);
        using var applicant = await fixture.SignInAsync(person: 2);
        using var reviewer = await fixture.SignInStaffAsync(StaffRole.Reviewer);
        using var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        BrowserSession[] visitors = [anonymous, applicant, reviewer, supervisor, admin];
        var staffMember = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);

        var found = new List<string>();
        var wanted = new List<string>();
        foreach (var (route, statuses) in Expected)
        {
            var url = UrlOf(route, application.ReferenceNumber!, election, staffMember.Id);
            for (var i = 0; i < visitors.Length; i++)
            {
                var response = await visitors[i].GetAsync(url);
                var status = (int)response.StatusCode;
                var where = status == Redirect ? " " + response.RedirectPath() : string.Empty;
                found.Add($"{route} #{i}: {status}{where}");
                wanted.Add($"{route} #{i}: {statuses[i]}{(statuses[i] == Redirect ? " /office/sign-in" : string.Empty)}");
            }
        }

        Assert.Equal(wanted, found);
    }

    [Fact]
    public async Task StaffDocuments_EachVisitor_GetsTheExpectedStatus()
    {
        var seed = new ReviewSeed(fixture.Host);
        var sent = await seed.SentAsync();
        var (draft, _) = await seed.DraftAsync();
        Guid readable, unreadable, ofDraft;
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var documents = await db.Documents.Where(d => d.ApplicationId == sent.Id).Select(d => d.Id).ToListAsync();
            (readable, unreadable) = (documents[0], documents[1]);
            ofDraft = await db.Documents.Where(d => d.ApplicationId == draft.Id).Select(d => d.Id).FirstAsync();
            // The seed's references ("db:x") name no stored image; one document gets a real, encrypted one.
            var stored = await fixture.Host.Get<IDocumentStore>().SaveAsync(SyntheticPhoto.Camera(640, 480));
            await db.Documents.Where(d => d.Id == readable)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.ImageRef, stored).SetProperty(d => d.ThumbnailRef, stored));
        }

        // Document URL → status for anonymous, a signed-in applicant, reviewer, supervisor, admin (admins hold
        // ViewApplicantDocuments, RolePermissions). A stored image that cannot be read is "not found", never a 500.
        var expected = new Dictionary<string, int[]>
        {
            [$"/office/documents/{readable}/image"] = [Redirect, Redirect, 200, 200, 200],
            [$"/office/documents/{readable}/thumbnail"] = [Redirect, Redirect, 200, 200, 200],
            [$"/office/documents/{readable}/original"] = [Redirect, Redirect, 404, 404, 404],
            [$"/office/documents/{unreadable}/image"] = [Redirect, Redirect, 404, 404, 404],
            [$"/office/documents/{ofDraft}/image"] = [Redirect, Redirect, 404, 404, 404],
            [$"/office/documents/{Guid.NewGuid()}/image"] = [Redirect, Redirect, 404, 404, 404],
        };

        using var visitors = await VisitorsAsync();
        var found = new List<string>();
        var wanted = new List<string>();
        foreach (var (url, statuses) in expected)
        {
            for (var i = 0; i < visitors.All.Length; i++)
            {
                found.Add($"{url} #{i}: {StatusOf(await visitors.All[i].GetAsync(url))}");
                wanted.Add($"{url} #{i}: {Described(statuses[i])}");
            }
        }

        Assert.Equal(string.Join('\n', wanted), string.Join('\n', found));
    }

    [Fact]
    public async Task OfficeForms_EachVisitor_GetsTheExpectedStatusAndARefusedPostChangesNothing()
    {
        var seed = new ReviewSeed(fixture.Host);
        await seed.SentAsync();
        await seed.SentAsync();
        using var visitors = await VisitorsAsync();
        var (holder, holderMember) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        using (holder)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await holder.SubmitAsync("/office/queue", "review-next", new Dictionary<string, string>())).StatusCode);
        }

        Guid election, held;
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            election = await db.Elections.Select(e => e.Id).FirstAsync();
            held = await db.Applications.Where(a => a.ClaimedBy == holderMember.Id).Select(a => a.Id).SingleAsync();
        }

        var lease = $"{held:N}.{holderMember.Id:N}";
        var deadline = $"/office/admin/elections/{election}/deadline";
        var later = fixture.Clock.UtcNow.AddDays(40);
        // Form → status for anonymous, a signed-in applicant, reviewer, supervisor, admin; each refused one is a POST
        // that would change something if it were allowed.
        const string SignIn = "302 /office/sign-in", Claimed = "302 /office/applications/{Reference}";
        var forms = new (string Url, string Form, Dictionary<string, string> Fields, string[] Statuses)[]
        {
            ("/office/queue", "review-next", [], [SignIn, SignIn, Claimed, Claimed, "403"]),
            ("/office/leases", "leases", new() { ["Reassign"] = lease, [$"To[{lease}]"] = $"{visitors.ReviewerId}" }, [SignIn, SignIn, "403", "200", "403"]),
            ("/office/leases", "leases", new() { ["Release"] = lease }, [SignIn, SignIn, "403", "200", "403"]),
            (deadline, "deadline", new()
            {
                ["Form.Date"] = later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Form.Time"] = "12:00",
                ["Form.Reason"] = "Matrix",
                ["Form.Confirmed"] = "true",
            }, [SignIn, SignIn, "403", "403", "200"]),
            (deadline, "confirm-request", new() { ["RequestId"] = "1" }, [SignIn, SignIn, "403", "403", "200"]),

            // Without its files the entry is refused at its fields; the upload itself is PostalEntryPageTests'.
            ("/office/postal/new", "postal-entry", new() { ["Form.Channel"] = "Post", ["Form.PersonalNumber"] = "5100000002" }, [SignIn, SignIn, "403", "200", "200"]),
        };

        var found = new List<string>();
        var wanted = new List<string>();
        foreach (var (url, form, fields, statuses) in forms)
        {
            for (var i = 0; i < visitors.All.Length; i++)
            {
                var before = await StateAsync();
                var response = await visitors.All[i].PostAsync(url, new Dictionary<string, string>(fields)
                {
                    ["__RequestVerificationToken"] = visitors.Tokens[i],
                    ["_handler"] = form,
                });
                var status = StatusOf(response);
                var refused = status is "403" or SignIn;
                var changed = refused && await StateAsync() != before ? " and changed the database" : string.Empty;
                found.Add($"{form} {string.Join(',', fields.Keys)} #{i}: {status}{changed}");
                wanted.Add($"{form} {string.Join(',', fields.Keys)} #{i}: {statuses[i]}");
            }
        }

        Assert.Equal(string.Join('\n', wanted), string.Join('\n', found));
    }

    /// <summary>What a refused POST must leave as it was: every application's status, claim and version, every deadline, the audit log.</summary>
    private async Task<string> StateAsync()
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        var applications = await db.Applications.OrderBy(a => a.Id).Select(a => $"{a.Id} {a.Status} {a.ClaimedBy} {a.ClaimedUntil:O} {a.Version}").ToListAsync();
        var elections = await db.Elections.OrderBy(e => e.Id).Select(e => $"{e.Id} {e.ClosesAt:O}").ToListAsync();
        return string.Join('\n', [.. applications, .. elections, $"audit {await db.AuditEvents.CountAsync()}"]);
    }

    private static string StatusOf(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var path = status == Redirect ? response.RedirectPath() : null;
        return path switch
        {
            null => $"{status}",
            _ when path.StartsWith("/office/applications/", StringComparison.Ordinal) => $"{status} /office/applications/{{Reference}}",
            _ => $"{status} {path}",
        };
    }

    private static string Described(int status) => status == Redirect ? $"{status} /office/sign-in" : $"{status}";

    /// <summary>Anonymous, a signed-in applicant, reviewer, supervisor and admin, each with an antiforgery token of their own.</summary>
    private async Task<Visitors> VisitorsAsync()
    {
        var anonymous = new BrowserSession(fixture.Host.BaseUrl);
        var applicant = await fixture.SignInAsync(person: 3);
        var (reviewer, member) = await fixture.SignedInStaffAsync(StaffRole.Reviewer);
        var supervisor = await fixture.SignInStaffAsync(StaffRole.Supervisor);
        var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        string[] tokens =
        [
            BrowserSession.TokenOf(await anonymous.GetPageAsync("/office/sign-in")),
            BrowserSession.TokenOf(await applicant.GetPageAsync("/apply")),
            BrowserSession.TokenOf(await reviewer.GetPageAsync("/office")),
            BrowserSession.TokenOf(await supervisor.GetPageAsync("/office")),
            BrowserSession.TokenOf(await admin.GetPageAsync("/office")),
        ];
        return new Visitors([anonymous, applicant, reviewer, supervisor, admin], tokens, member.Id);
    }

    private sealed record Visitors(BrowserSession[] All, string[] Tokens, Guid ReviewerId) : IDisposable
    {
        public void Dispose()
        {
            foreach (var visitor in All)
            {
                visitor.Dispose();
            }
        }
    }

    private static IEnumerable<string> OfficeRoutes() =>
        typeof(KosovoElections.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => t == "/office" || t.StartsWith("/office/", StringComparison.Ordinal))
            .Distinct();

    /// <summary>
    /// A data-entry operator (issue 15) holds only <see cref="Permission.EnterPostalApplications"/>: the postal entry,
    /// the office's home and the invitation link open; every other office page, the queue's "Review next" and a
    /// document are refused.
    /// </summary>
    [Fact]
    public async Task OfficePages_DataEntryOperator_OpensOnlyThePostalEntry()
    {
        string[] opens = ["/office", "/office/postal/new", "/office/set-password/{Token}"];
        var application = await new ReviewSeed(fixture.Host).SentAsync();
        Guid election, document;
        await using (var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            election = await db.Elections.Select(e => e.Id).FirstAsync();
            document = await db.Documents.Where(d => d.ApplicationId == application.Id).Select(d => d.Id).FirstAsync();
        }

        using var operatorBrowser = await fixture.SignInStaffAsync(StaffRole.DataEntry);
        var staffMember = await fixture.Host.CreateStaffAsync(StaffRole.Reviewer);
        var found = new List<string>();
        var wanted = new List<string>();
        foreach (var route in Expected.Keys)
        {
            var url = UrlOf(route, application.ReferenceNumber!, election, staffMember.Id);
            found.Add($"{route}: {StatusOf(await operatorBrowser.GetAsync(url))}");
            wanted.Add($"{route}: {(opens.Contains(route) ? 200 : 403)}");
        }

        found.Add($"document: {StatusOf(await operatorBrowser.GetAsync($"/office/documents/{document}/image"))}");
        wanted.Add("document: 403");
        var token = BrowserSession.TokenOf(await operatorBrowser.GetPageAsync("/office"));
        var next = await operatorBrowser.PostAsync("/office/queue", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["_handler"] = "review-next" });
        found.Add($"review next: {StatusOf(next)}");
        wanted.Add("review next: 403");

        Assert.Equal(string.Join('\n', wanted), string.Join('\n', found));
        var home = await operatorBrowser.GetPageAsync("/office");
        Assert.Contains("data-testid=\"office-nav-postal\"", home);
        Assert.DoesNotContain("data-testid=\"office-nav-queue\"", home);
    }

    /// <summary>A route of the table with its parameters filled in: a real application, election and staff member, ids that name nothing else.</summary>
    private static string UrlOf(string route, string reference, Guid election, Guid staffMember) =>
        route.Replace("{Reference}", reference, StringComparison.Ordinal)
            .Replace("{ElectionId:guid}", election.ToString(), StringComparison.Ordinal)
            .Replace("{StaffId:guid}", staffMember.ToString(), StringComparison.Ordinal)
            .Replace("{Token}", "not-a-token", StringComparison.Ordinal)
            .Replace("{MailboxId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{MissionId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
}
