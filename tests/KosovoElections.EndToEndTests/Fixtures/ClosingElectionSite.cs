using System.Globalization;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// An <see cref="OpenElectionSite"/> of its own whose registration closes twenty minutes after it starts, so that a test
/// can move the server's clock past the deadline without ending an applicant's session (idle for at most 30 minutes),
/// and whose deadline an admin changes without touching any other test's election.
/// </summary>
public sealed class ClosingElectionSite : OpenElectionSite
{
    public TestStaffMember Admin { get; private set; } = default!;

    /// <summary>The personal number of this site's applicant, a range apart from the other sites' people.</summary>
    public static string Person => 5_200_000_200L.ToString(CultureInfo.InvariantCulture);

    protected override TimeSpan RegistrationOpenFor => TimeSpan.FromMinutes(20);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.AddToRegistryAsync([RegistryPeople.Person(Person, Born)]);
        Admin = await Host.CreateStaffAsync(StaffRole.Admin);
    }
}

[CollectionDefinition(Name)]
public sealed class ClosingElectionCollection : ICollectionFixture<FakeCameraChromium>, ICollectionFixture<ClosingElectionSite>
{
    public const string Name = "An election whose registration closes during the test, in Chromium with a fake camera";
}
