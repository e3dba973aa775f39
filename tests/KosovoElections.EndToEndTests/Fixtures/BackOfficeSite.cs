using System.Globalization;
using KosovoElections.Domain.Staff;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// An <see cref="OpenElectionSite"/> of its own for the back office: the review queue is global, so "Review next" only
/// opens the application a test expects when no other test's applications are waiting. Its people are a range apart
/// from <see cref="OpenElectionSite.Applicant"/>; its staff are created through the app's own use case.
/// </summary>
public sealed class BackOfficeSite : OpenElectionSite
{
    private const int People = 4;

    public TestStaffMember Reviewer { get; private set; } = default!;

    public TestStaffMember Supervisor { get; private set; } = default!;

    /// <summary>The personal number of a back-office test's applicant (0 … 3), born on <see cref="OpenElectionSite.Born"/>.</summary>
    public static string Person(int i) => (5_200_000_100L + i).ToString(CultureInfo.InvariantCulture);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.AddToRegistryAsync(Enumerable.Range(0, People).Select(i => RegistryPeople.Person(Person(i), Born)));
        Reviewer = await Host.CreateStaffAsync(StaffRole.Reviewer);
        Supervisor = await Host.CreateStaffAsync(StaffRole.Supervisor);
    }
}

/// <summary>The back office's whole loop in a Chromium with a fake camera, over a site no other test applies to.</summary>
[CollectionDefinition(Name)]
public sealed class BackOfficeCollection : ICollectionFixture<FakeCameraChromium>, ICollectionFixture<BackOfficeSite>
{
    public const string Name = "The back office in Chromium with a fake camera";
}
