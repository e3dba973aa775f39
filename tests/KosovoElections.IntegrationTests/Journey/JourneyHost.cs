using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>The applicant's pages as a person moves through them: Back links, the help contacts, the idle warning.</summary>
public sealed class JourneyHost() : ApplicantSiteHost(DatabaseProvider.Sqlite, "journey");
