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
    /// <summary>A new staff member of <paramref name="role"/>, enrolled and signed in, in a new browser.</summary>
    public async Task<BrowserSession> SignInAsync(StaffRole role) => (await SignedInAsync(role)).Browser;

    /// <summary>As <see cref="SignInAsync(StaffRole)"/>, with the staff member (id, key, recovery codes) for what the test checks.</summary>
    public Task<(BrowserSession Browser, TestStaffMember Staff)> SignedInAsync(StaffRole role) => Host.SignedInStaffAsync(role);
}

public sealed class SqliteStaffSiteHost() : StaffSiteHost(DatabaseProvider.Sqlite, "staff");

public sealed class PostgresStaffSiteHost() : StaffSiteHost(DatabaseProvider.Postgres, "staff");
