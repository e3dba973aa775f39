using System.Globalization;
using System.Net;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using KosovoElections.IntegrationTests.Statistics;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Exports;

/// <summary>The admins' exports over HTTP (issue 14): each file against the database, the permission, the audit, CSV injection.</summary>
public abstract class ExportsTests(ExportsHost fixture)
{
    private const string Exports = "/office/admin/exports";

    private static readonly string[] Downloads =
        [$"{Exports}/approved-voters.csv", $"{Exports}/approved-voters.csv?municipality=16", $"{Exports}/mailing-list.csv?method=PostalAbroad&country=DE", $"{Exports}/daily-statistics.csv"];

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task ApprovedVoters_All_EachFieldAsInTheDatabase()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var response = await admin.GetAsync($"{Exports}/approved-voters.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"approved-voters.csv\"", response.Content.Headers.ContentDisposition?.ToString());
        var rows = await CsvRows.ReadAsync(response);
        Assert.Equal(
            "personal_number,first_name,last_name,date_of_birth,municipality,municipality_sr,return_method,mailbox_or_mission,receipt_code,country,city,street,postal_code",
            string.Join(',', rows[0]));
        Assert.Equal(await ApprovedFromDatabaseAsync(), rows.Skip(1).OrderBy(r => r[0], StringComparer.Ordinal).Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task ApprovedVoters_OneMunicipality_OnlyItsVotersByName()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var rows = await CsvRows.ReadAsync(await admin.GetAsync($"{Exports}/approved-voters.csv?municipality={StatisticsHost.NovoBerde}"));

        Assert.Equal(["5900000001"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["Novobërdë", "Novo Brdo"], rows[1][4..6]);
    }

    [Fact]
    public async Task ApprovedVoters_NamesTypedAsFormulas_StayTextInASpreadsheet()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var rows = (await CsvRows.ReadAsync(await admin.GetAsync($"{Exports}/approved-voters.csv"))).ToDictionary(r => r[0]);

        Assert.Equal(["'=HYPERLINK(\"http://evil.example\")", "Gashi, Jr."], rows["5900000000"][1..3]);
        Assert.Equal(["'+Arta", "'-Krasniqi"], rows["5900000001"][1..3]);
        Assert.Equal(["'@Besa", "Hoxha \"Beni\""], rows["5900000002"][1..3]);
        Assert.Equal(["Dardan", "Berisha"], rows["5900000003"][1..3]);
    }

    [Fact]
    public async Task MailingList_ByReturnMethodAndCountry_OnlyThoseApprovedVoters()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var filtered = await CsvRows.ReadAsync(await admin.GetAsync($"{Exports}/mailing-list.csv?method=PostalAbroad&country=DE"));
        var all = await CsvRows.ReadAsync(await admin.GetAsync($"{Exports}/mailing-list.csv"));

        Assert.Equal("country,return_method,mailbox_or_mission,last_name,first_name,street,postal_code,city,receipt_code", string.Join(',', filtered[0]));
        var voter = fixture.Voters[0];
        Assert.Equal(
            [["DE", "PostalAbroad", ExportsHost.SendTo(voter), voter.LastName, "'" + voter.FirstName, voter.Street, voter.PostalCode, voter.City, (await ReceiptOfAsync(voter))!]],
            filtered.Skip(1));
        Assert.Equal(["5900000002", "5900000001", "5900000000", "5900000003"], all.Skip(1).Select(r => fixture.Voters.Single(v => v.Street == r[5]).PersonalNumber));
    }

    [Fact]
    public async Task DailyStatistics_ExactCountsPerKosovoDay()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var rows = await CsvRows.ReadAsync(await admin.GetAsync($"{Exports}/daily-statistics.csv"));

        Assert.Equal(["day,submitted,approved,rejected,submitted_online,submitted_post,submitted_email", "2027-02-03,6,0,0,4,1,1", "2027-02-04,0,4,1,0,0,0"], rows.Select(r => string.Join(',', r)));
    }

    [Fact]
    public async Task DailyStatistics_EachDaysSentByChannel_AsInTheDatabase()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var rows = await CsvRows.ReadAsync(await admin.GetAsync($"{Exports}/daily-statistics.csv"));

        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var day = DateOnly.ParseExact(row[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sent = await SentOnAsync(day);
            Assert.Equal(sent.Count, Field(header, row, "submitted"));
            Assert.Equal(sent.Count(c => c == ApplicationChannel.Online), Field(header, row, "submitted_online"));
            Assert.Equal(sent.Count(c => c == ApplicationChannel.Post), Field(header, row, "submitted_post"));
            Assert.Equal(sent.Count(c => c == ApplicationChannel.Email), Field(header, row, "submitted_email"));
        }

        Assert.Equal(fixture.Voters.Count, rows.Skip(1).Sum(r => Field(header, r, "submitted")));
    }

    [Fact]
    public async Task Download_Admin_AuditedUnderTheirNameWithTheExportAndFilter()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using (admin)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Exports}/approved-voters.csv?municipality={StatisticsHost.NovoBerde}")).StatusCode);
            var approved = await LastAuditAsync(AuditActions.Administration.ExportDownloaded);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Exports}/mailing-list.csv?method=PostalKosovo&country=CH")).StatusCode);
            var mailing = await LastAuditAsync(AuditActions.Administration.ExportDownloaded);

            Assert.Equal(member.Email, approved.Actor);
            Assert.StartsWith("approved-voters; election ", approved.Details, StringComparison.Ordinal);
            Assert.EndsWith("; municipality Novobërdë", approved.Details, StringComparison.Ordinal);
            Assert.Equal(member.Email, mailing.Actor);
            Assert.EndsWith("; return method PostalKosovo; country CH", mailing.Details, StringComparison.Ordinal);
            Assert.DoesNotContain("59000000", approved.Details + mailing.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Downloads_ReviewerAndSupervisor_ForbiddenAndNothingAudited()
    {
        var before = await CountAuditAsync();
        foreach (var role in new[] { StaffRole.Reviewer, StaffRole.Supervisor })
        {
            using var staff = await fixture.SignInStaffAsync(role);
            foreach (var url in Downloads.Append($"{Exports}/approved-list?municipality=16"))
            {
                var response = await staff.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.DoesNotContain("5900000000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("office-nav-exports", await staff.GetPageAsync("/office"), StringComparison.Ordinal);
        }

        using var anonymous = new BrowserSession(Host.BaseUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Downloads[0])).StatusCode);
        Assert.Equal(before, await CountAuditAsync());
    }

    [Theory]
    [InlineData("approved-voters.csv?municipality=999")]
    [InlineData("mailing-list.csv?country=XK")]
    [InlineData("mailing-list.csv?method=Pigeon")]
    public async Task Download_UnknownFilter_NotFoundAndNotAudited(string url)
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);
        var before = await CountAuditAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Exports}/{url}")).StatusCode);
        Assert.Equal(before, await CountAuditAsync());
    }

    [Fact]
    public async Task PrintableList_Municipality_ItsApprovedVotersOnlyAndAudited()
    {
        var (admin, member) = await fixture.SignedInStaffAsync(StaffRole.Admin);
        using (admin)
        {
            var page = await admin.GetPageAsync($"{Exports}/approved-list?municipality={StatisticsHost.Leposaviq}&culture=sr-Latn");

            Assert.Contains("<h1 data-testid=\"print-title\">Odobreni birači: Leposavić</h1>", page, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"print-total\">3<", page, StringComparison.Ordinal);
            Assert.Equal(["5900000003", "5900000000", "5900000002"], System.Text.RegularExpressions.Regex.Matches(page, "data-personal-number=\"(\\d+)\"").Select(m => m.Groups[1].Value));
            Assert.Contains("Gashi, Jr., =HYPERLINK(&quot;http://evil.example&quot;)", page, StringComparison.Ordinal);
            var audit = await LastAuditAsync(AuditActions.Administration.ApprovedListPrinted);
            Assert.Equal(member.Email, audit.Actor);
            Assert.EndsWith("; municipality Leposaviq; 3 voters", audit.Details, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportsPage_Admin_OffersEveryExportFromTheMenu()
    {
        using var admin = await fixture.SignInStaffAsync(StaffRole.Admin);

        var page = await admin.GetPageAsync($"{Exports}?culture=en");

        Assert.Contains("aria-current=\"page\" data-testid=\"office-nav-exports\"", page, StringComparison.Ordinal);
        Assert.Contains("<title>Exports – ", page, StringComparison.Ordinal);
        foreach (var testId in new[] { "exports-approved-form", "exports-mailing-form", "exports-daily-download", "exports-print-form" })
        {
            Assert.Contains($"data-testid=\"{testId}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("<option value=\"AT\">Austria</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PostalKosovo\">", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{StatisticsHost.NovoBerde}\">Novobërdë</option>", page, StringComparison.Ordinal);
    }

    private async Task<List<string>> ApprovedFromDatabaseAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var approved = await (
            from a in db.Applications.AsNoTracking()
            where a.Status == ApplicationStatus.Approved
            join p in db.RegistryEntries.AsNoTracking() on a.PersonalNumber equals p.PersonalNumber
            join m in db.Municipalities.AsNoTracking() on p.MunicipalityId equals m.Id
            select new { a.PersonalNumber, p.FirstName, p.LastName, p.DateOfBirth, m.NameSq, m.NameSr, a.ReturnMethod, a.ReceiptCode, a.Address }).ToListAsync();
        Assert.Equal(4, approved.Count);
        return [.. approved.OrderBy(a => a.PersonalNumber, StringComparer.Ordinal).Select(a => string.Join('|',
            a.PersonalNumber, Text(a.FirstName), Text(a.LastName), a.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.NameSq, a.NameSr,
            a.ReturnMethod, ExportsHost.SendTo(fixture.Voters.Single(v => v.PersonalNumber == a.PersonalNumber)), a.ReceiptCode,
            a.Address!.CountryCode, a.Address.City, Text(a.Address.Street), a.Address.PostalCode))];
    }

    /// <summary>A typed value as a spreadsheet must see it: one that starts like a formula carries an apostrophe.</summary>
    private static string Text(string value) => value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private async Task<string?> ReceiptOfAsync(SeededVoter voter)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.Applications.Where(a => a.PersonalNumber == voter.PersonalNumber).Select(a => a.ReceiptCode).SingleAsync();
    }

    private async Task<Domain.Audit.AuditEvent> LastAuditAsync(string action)
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderByDescending(e => e.Id).FirstAsync();
    }

    private static int Field(string[] header, string[] row, string column) =>
        int.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);

    /// <summary>The channels of the applications sent on <paramref name="day"/> in Kosovo, read from the database.</summary>
    private async Task<List<ApplicationChannel>> SentOnAsync(DateOnly day)
    {
        var kosovo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Belgrade");
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        var sent = await db.Applications.Where(a => a.SubmittedAt != null).Select(a => new { a.SubmittedAt, a.Channel }).ToListAsync();
        return [.. sent.Where(a => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(a.SubmittedAt!.Value, kosovo)) == day).Select(a => a.Channel)];
    }

    private async Task<int> CountAuditAsync()
    {
        await using var db = await Host.Get<ElectionsDbFactory>().CreateAsync();
        return await db.AuditEvents.CountAsync(e => e.Action == AuditActions.Administration.ExportDownloaded || e.Action == AuditActions.Administration.ApprovedListPrinted);
    }
}

public sealed class ExportsTestsOnSqlite(SqliteExportsHost fixture) : ExportsTests(fixture), IClassFixture<SqliteExportsHost>;

public sealed class ExportsTestsOnPostgres(PostgresExportsHost fixture) : ExportsTests(fixture), IClassFixture<PostgresExportsHost>;
