using System.Net;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Retention;

/// <summary>The same rule from `retention purge` and from the admins' page at /office/admin/retention.</summary>
public abstract partial class RetentionTests
{
    private const string Page = "/office/admin/retention";

    [Fact]
    public async Task Command_RetentionPurge_SaysWhatItDeletedInOneLineAndAuditsTheSystem()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);

        var (code, output, _) = await RunAsync("retention", "purge");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(
            "Deleted the images of 4 document(s) of 1 application(s) whose election day is more than 30 day(s) past; their records and hashes are kept.",
            output.Trim());
        Assert.Null(await Store.ReadAsync(old.Documents[0].ImageRef));
        var audited = await LastPurgeAuditAsync();
        Assert.Equal((ActorKind.System, RetentionPurgeCommand.Actor), (audited.ActorKind, audited.Actor));
    }

    [Fact]
    public async Task Command_WithAnArgument_ExitsTwoWithoutDeleting()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);

        var (code, _, error) = await RunAsync("retention", "purge", "--days", "0");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("Unknown option --days.", error, StringComparison.Ordinal);
        Assert.NotNull(await Store.ReadAsync(old.Documents[0].ImageRef));
        await PurgeAsync();
    }

    [Fact]
    public async Task Page_ForReviewerAndSupervisor_IsForbiddenAndDeletesNothing()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
            var post = await staff.PostAsync(Page, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = BrowserSession.TokenOf(await staff.GetPageAsync("/office/queue")),
                ["_handler"] = "purge",
                ["Form.Confirmed"] = "true",
            });
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            Assert.DoesNotContain("data-testid=\"office-nav-retention\"", await staff.GetPageAsync("/office"), StringComparison.Ordinal);
        }

        Assert.NotNull(await Store.ReadAsync(old.Documents[0].ImageRef));
        await PurgeAsync();
    }

    [Fact]
    public async Task Page_Admin_SeesEachElectionAndPurgesOnlyAfterConfirmingInTheirName()
    {
        var old = await Seed.SentAsync(RetentionSeed.OldDay);
        var recent = await Seed.SentAsync(RetentionSeed.RecentDay);
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using (admin)
        {
            var page = await admin.GetPageAsync(Page + "?culture=en");
            Assert.Contains($"data-election=\"{await ElectionOfAsync(old.Id)}\" data-state=\"Due\"", page, StringComparison.Ordinal);
            Assert.Contains($"data-election=\"{await ElectionOfAsync(recent.Id)}\" data-state=\"Kept\"", page, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"retention-purge-day\">17.02.2027<", page, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"retention-next\">11.02.2027<", page, StringComparison.Ordinal);
            Assert.Contains("aria-current=\"page\" data-testid=\"office-nav-retention\"", page, StringComparison.Ordinal);

            var asked = await (await admin.SubmitAsync(Page + "?culture=en", "purge", new Dictionary<string, string> { ["Form.Confirmed"] = "false" })).Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"retention-purge-confirm\"", asked, StringComparison.Ordinal);
            Assert.Contains("cannot be recovered. Documents with photos to delete: 4.", asked, StringComparison.Ordinal);
            Assert.NotNull(await Store.ReadAsync(old.Documents[0].ImageRef));

            var done = await (await admin.SubmitAsync(Page + "?culture=en", "purge", new Dictionary<string, string> { ["Form.Confirmed"] = "true" })).Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"retention-result\" data-documents=\"4\">The photos were deleted. Documents: 4; applications: 1.<", done, StringComparison.Ordinal);
            Assert.Contains($"data-election=\"{await ElectionOfAsync(old.Id)}\" data-state=\"Purged\"", done, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"retention-last-run\">11.02.2027 09:00, by an administrator<", BrowserSession.Normalize(done), StringComparison.Ordinal);
        }

        Assert.Null(await Store.ReadAsync(old.Documents[0].ImageRef));
        Assert.NotNull(await Store.ReadAsync(recent.Documents[0].ImageRef));
        var audited = await LastPurgeAuditAsync();
        Assert.Equal((ActorKind.Staff, member.Id.ToString()), (audited.ActorKind, audited.Actor));
        Assert.Equal(AuditActions.Administration.ImagesPurged, audited.Action);
    }

    private async Task<Guid> ElectionOfAsync(Guid applicationId)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.Where(a => a.Id == applicationId).Select(a => a.ElectionId).SingleAsync();
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(Host.Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
