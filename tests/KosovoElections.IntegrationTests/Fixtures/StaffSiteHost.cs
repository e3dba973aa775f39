using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.IntegrationTests.Fixtures;

/// <summary>
/// The applicant site with its staff: <see cref="ApplicantSiteHost"/>'s host, election and people, where a test signs
/// staff in by role through the real password and second-factor pages (<see cref="StaffSteps"/>). Every sign-in is a
/// new staff member of that role: a TOTP code works once and a lockout or a disabled account must not reach the next test.
/// </summary>
public abstract class StaffSiteHost(DatabaseProvider provider, string name) : ApplicantSiteHost(provider, name)
{
    /// <summary>
    /// A new staff member of <paramref name="role"/>, enrolled and signed in, in a new browser. Not an overload of the
    /// applicant's <see cref="ApplicantSiteHost.SignInAsync"/>: a literal 0 converts to any enum, so SignInAsync(0) would
    /// quietly sign in a staff member.
    /// </summary>
    public async Task<BrowserSession> SignInStaffAsync(StaffRole role) => (await SignedInStaffAsync(role)).Browser;

    /// <summary>As <see cref="SignInStaffAsync"/>, with the staff member (id, key, recovery codes) for what the test checks.</summary>
    public Task<(BrowserSession Browser, TestStaffMember Staff)> SignedInStaffAsync(StaffRole role) => Host.SignedInStaffAsync(role);
}

public sealed class SqliteStaffSiteHost() : StaffSiteHost(DatabaseProvider.Sqlite, "staff");

public sealed class PostgresStaffSiteHost() : StaffSiteHost(DatabaseProvider.Postgres, "staff");
