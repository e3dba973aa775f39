using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Registry.Upload;

/// <summary>
/// The admins' upload of the civil registry at /office/admin/registry, on both databases: the report of rejected lines
/// in the reader's language, the progress while the import runs (held part-way by <see cref="GatedRegistryImporter"/>),
/// one import at a time, the refusals, who may upload, and the same result as `registry import`. Each test uploads a
/// file of its own name and personal numbers of its own four-digit prefix.
/// </summary>
public abstract partial class RegistryUploadTests(RegistryUploadHost fixture)
{
    private const string Page = "/office/admin/registry";
    private const string Upload = "/office/admin/registry/upload";

    [Fact]
    public async Task Upload_FileWithBadRows_ReportsEachRejectedLineWithItsReasonAndImportsTheRest()
    {
        var (admin, member) = await SignedInAdminAsync();
        using (admin)
        {
            var redirect = await UploadAsync(admin, "bad-rows.csv", Csv(
                RegistryFile.Row("7101000001"),
                RegistryFile.Row("710100002"),
                RegistryFile.Row("7101000003", municipality: "Beograd"),
                RegistryFile.Row("7101000004", sex: "X"),
                RegistryFile.Row("7101000005", lastName: "Morina")));
            Assert.Equal(Page, redirect);

            var report = await ReportAsync(admin, "bad-rows.csv", "en");
            Assert.Contains("data-state=\"Finished\" data-read=\"5\" data-imported=\"2\" data-rejected=\"3\"", report, StringComparison.Ordinal);
            Assert.Equal(
                [
                    ("3", "The personal number must be exactly 10 digits"),
                    ("4", "Unknown municipality \"Beograd\" (the municipality's Albanian name)"),
                    ("5", "Sex must be M or F"),
                ],
                Rejections(report));
            Assert.Contains(("4", "Komunë e panjohur: „Beograd” (emri shqip i komunës)"), Rejections(await ReportAsync(admin, "bad-rows.csv", "sq")));
            Assert.Contains(("4", "Nepoznata opština: „Beograd” (naziv opštine na albanskom)"), Rejections(await ReportAsync(admin, "bad-rows.csv", "sr-Latn")));
        }

        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(
            ["7101000001", "7101000005"],
            await db.RegistryEntries.Where(e => e.PersonalNumber.StartsWith("7101")).OrderBy(e => e.PersonalNumber).Select(e => e.PersonalNumber).ToListAsync());
        var audited = await db.AuditEvents.Where(e => e.Actor == member.Email).OrderBy(e => e.Id).Select(e => new { e.Action, e.Details }).ToListAsync();
        Assert.Equal(
            [AuditActions.Administration.RegistryUploaded, AuditActions.Administration.RegistryUploadImported],
            audited.Select(e => e.Action).Where(a => a.StartsWith("registry.", StringComparison.Ordinal)));
        Assert.EndsWith("read=5 imported=2 rejected=3", audited.Last().Details, StringComparison.Ordinal);
        Assert.Contains("file=bad-rows.csv", audited.Single(e => e.Action == AuditActions.Administration.RegistryUploaded).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WhileTheImportRuns_ShowsItsProgressOnEveryReloadAndRefusesASecondUpload()
    {
        string[] rows = [.. Enumerable.Range(1, 5).Select(i => RegistryFile.Row($"710200000{i}"))];
        fixture.Importer.HoldAfter(Encoding.UTF8.GetByteCount($"{Application.Registry.RegistryRow.Header}\n{rows[0]}\n{rows[1]}\n"));
        var (admin, _) = await SignedInAdminAsync();
        var (colleague, _) = await SignedInAdminAsync();
        using (admin)
        using (colleague)
        {
            try
            {
                Assert.Equal(Page, await UploadAsync(admin, "progress.csv", Csv(rows)));
                await fixture.Importer.Held.WaitAsync(TimeSpan.FromSeconds(30));

                var running = await PageWhenAsync(admin, "en", page => page.Contains("data-read=\"2\" data-total=\"5\"", StringComparison.Ordinal));
                Assert.Contains("2 of 5 rows read (40%)", running, StringComparison.Ordinal);
                Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\"", running, StringComparison.Ordinal);
                Assert.DoesNotContain("data-testid=\"registry-upload-form\"", running, StringComparison.Ordinal);

                // Another admin, another reload: the same figures, from the database.
                var seen = await colleague.GetPageAsync(Page + "?culture=sq");
                Assert.Contains("data-read=\"2\" data-total=\"5\"", seen, StringComparison.Ordinal);
                Assert.Contains("U lexuan 2 nga 5 rreshta (40 %)", seen, StringComparison.Ordinal);

                var second = await UploadAsync(colleague, "second.csv", Csv(RegistryFile.Row("7102000009")));
                Assert.Equal(Page + "?problem=AlreadyRunning", second);
                var refused = BrowserSession.Normalize(await colleague.GetPageAsync(second + "&culture=en"));
                Assert.Contains("data-testid=\"error-summary\"", refused, StringComparison.Ordinal);
                Assert.Contains("Another import is running. Wait until it ends, then upload the file again.", refused, StringComparison.Ordinal);
            }
            finally
            {
                fixture.Importer.Release();
            }

            var report = await ReportAsync(admin, "progress.csv", "en");
            Assert.Contains("data-state=\"Finished\" data-read=\"5\" data-imported=\"5\" data-rejected=\"0\"", report, StringComparison.Ordinal);
            Assert.DoesNotContain("http-equiv=\"refresh\"", report, StringComparison.Ordinal);
        }

        Assert.Equal(0, await ImportsOfAsync("second.csv"));
    }

    [Fact]
    public async Task Upload_TwoAdminsAtOnce_OneImportsAndTheOtherIsRefused()
    {
        fixture.Importer.HoldAfter(0);
        var (first, _) = await SignedInAdminAsync();
        var (second, _) = await SignedInAdminAsync();
        using (first)
        using (second)
        {
            string[] outcomes;
            try
            {
                var firstToken = BrowserSession.TokenOf(await first.GetPageAsync(Page));
                var secondToken = BrowserSession.TokenOf(await second.GetPageAsync(Page));
                outcomes = await Task.WhenAll(
                    UploadAsync(first, "race.csv", Csv(RegistryFile.Row("7103000001")), firstToken),
                    UploadAsync(second, "race.csv", Csv(RegistryFile.Row("7103000002")), secondToken));
            }
            finally
            {
                fixture.Importer.Release();
            }

            Assert.Equal([Page, Page + "?problem=AlreadyRunning"], outcomes.Order(StringComparer.Ordinal));
            await ReportAsync(first, "race.csv", "en");
        }

        Assert.Equal(1, await ImportsOfAsync("race.csv"));
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.Equal(1, await db.RegistryEntries.CountAsync(e => e.PersonalNumber.StartsWith("7103")));
    }

    [Fact]
    public async Task Upload_NotACsvTooLargeOrNoFile_IsRefusedWithItsMessageAndNothingStarts()
    {
        var (admin, _) = await SignedInAdminAsync();
        using (admin)
        {
            var before = await ImportsAsync();
            Assert.Equal(Page + "?problem=NotCsv", await UploadAsync(admin, "registry.xlsx", Csv(RegistryFile.Row("7104000001"))));
            Assert.Equal(Page + "?problem=NotCsv", await UploadAsync(admin, "registry.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
            Assert.Equal(Page + "?problem=NoFile", await UploadAsync(admin, "empty.csv", []));
            Assert.Equal(Page + "?problem=TooLarge", await UploadAsync(admin, "large.csv", new byte[(1024 * 1024) + (128 * 1024)]));
            Assert.Equal(before, await ImportsAsync());

            var tooLarge = BrowserSession.Normalize(await admin.GetPageAsync(Page + "?problem=TooLarge&culture=en"));
            Assert.Contains("<title>Error: Civil registry", tooLarge, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"error-registry-file\">The file must be smaller than 1 MB<", tooLarge, StringComparison.Ordinal);
            var notCsv = BrowserSession.Normalize(await admin.GetPageAsync(Page + "?problem=NotCsv&culture=sr-Latn"));
            Assert.Contains("Datoteka mora biti CSV (UTF-8 tekst sa nastavkom .csv)", notCsv, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"error-summary\"", await admin.GetPageAsync(Page + "?problem=Whatever"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_ReviewerAndSupervisor_AreForbiddenAndStartNothing()
    {
        var before = await ImportsAsync();
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(Page)).StatusCode);
            var token = BrowserSession.TokenOf(await staff.GetPageAsync("/office/queue"));
            var response = await staff.PostAsync(Upload, Multipart(token, "forbidden.csv", Csv(RegistryFile.Row("7105000001"))));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("data-testid=\"office-nav-registry\"", await staff.GetPageAsync("/office"), StringComparison.Ordinal);
        }

        Assert.Equal(before, await ImportsAsync());
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        Assert.False(await db.RegistryEntries.AnyAsync(e => e.PersonalNumber.StartsWith("7105")));
    }

    [Fact]
    public async Task Upload_AndTheCommand_GiveTheSameReportForTheSameFile()
    {
        var csv = Csv(
            RegistryFile.Row("7106000001"),
            RegistryFile.Row("7106000002", dateOfBirth: "1990-02-30"),
            "7106000003,Arben,Krasniqi,Ilir,1990-05-17,M,Prishtinë",
            RegistryFile.Row("7106000004", firstName: "Ar\u0001ben"),
            RegistryFile.Row("7106000005", status: "alive"));
        var (admin, _) = await SignedInAdminAsync();
        string report;
        using (admin)
        {
            await UploadAsync(admin, "same.csv", csv);
            report = await ReportAsync(admin, "same.csv", "en");
        }

        var path = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, csv);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await CommandLine.RunAsync(fixture.Host.Services, ["registry", "import", path], output, error));
        File.Delete(path);

        Assert.Contains("data-read=\"5\" data-imported=\"1\" data-rejected=\"4\"", report, StringComparison.Ordinal);
        Assert.StartsWith("Read 5 rows: 1 imported, 4 rejected.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Rejections(report).Select(r => $"line {r.Line}: {r.Reason}"));
    }

    private static byte[] Csv(params string[] rows) => RegistryFile.With(rows).ToArray();

    private static MultipartFormDataContent Multipart(string token, string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", fileName } };
    }

    /// <summary>Posts the upload form as a browser would; returns where the answer sends the browser.</summary>
    private static async Task<string> UploadAsync(BrowserSession browser, string fileName, byte[] content, string? token = null)
    {
        token ??= BrowserSession.TokenOf(await browser.GetPageAsync(Page));
        var response = await browser.PostAsync(Upload, Multipart(token, fileName, content));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return (location.IsAbsoluteUri ? location : new Uri(new Uri("http://host"), location)).PathAndQuery;
    }

    /// <summary>The page once the import of <paramref name="fileName"/> has ended, as a reader of that language sees it.</summary>
    private static Task<string> ReportAsync(BrowserSession browser, string fileName, string culture) =>
        PageWhenAsync(browser, culture, page => page.Contains("data-testid=\"registry-report\"", StringComparison.Ordinal) && page.Contains($">{fileName}<", StringComparison.Ordinal));

    /// <summary>Reloads the page, as its own refresh does, until it shows what the test waits for (at most 30 s).</summary>
    private static async Task<string> PageWhenAsync(BrowserSession browser, string culture, Func<string, bool> shows)
    {
        var patience = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = BrowserSession.Normalize(await browser.GetPageAsync($"{Page}?culture={culture}"));
            if (shows(page))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < patience, "The page never showed what the test waited for. It shows:\n" + page);
            await Task.Delay(100);
        }
    }

    private static List<(string Line, string Reason)> Rejections(string page) =>
        [.. RejectionPattern().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex("<tr data-line=\"(\\d+)\" data-problem=\"\\w+\">\\s*<td [^>]*>\\d+</td>\\s*<td [^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex RejectionPattern();

    /// <summary>A new admin, signed in a minute after the last test began, so that each test's import is the newest.</summary>
    private async Task<(BrowserSession Browser, TestStaffMember Member)> SignedInAdminAsync()
    {
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        return await fixture.SignedInStaffAsync(StaffRole.Admin);
    }

    private async Task<int> ImportsAsync()
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.RegistryImports.CountAsync();
    }

    private async Task<int> ImportsOfAsync(string fileName)
    {
        await using var db = await fixture.Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.RegistryImports.CountAsync(i => i.FileName == fileName && i.State == RegistryImportState.Finished);
    }
}

public sealed class RegistryUploadTestsOnSqlite(SqliteRegistryUploadHost fixture) : RegistryUploadTests(fixture), IClassFixture<SqliteRegistryUploadHost>;

public sealed class RegistryUploadTestsOnPostgres(PostgresRegistryUploadHost fixture) : RegistryUploadTests(fixture), IClassFixture<PostgresRegistryUploadHost>;
