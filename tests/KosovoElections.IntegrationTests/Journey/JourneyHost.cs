using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;

namespace KosovoElections.IntegrationTests.Journey;

/// <summary>
/// The applicant's pages as a person moves through them (Back links, where to get help, the camera module), on a host whose help contacts
/// are configured as an operator would.
/// </summary>
public sealed class JourneyHost() : ApplicantSiteHost(DatabaseProvider.Sqlite, "journey")
{
    public const string Phone = "+383 38 000 111";
    public const string Email = "help@cec.example";

    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?>
    {
        ["Help:Phone"] = Phone,
        ["Help:Email"] = Email,
        ["Help:Hours:sq"] = "E hënë – e premte, 08:00–16:00 sipas orës së Kosovës",
        ["Help:Hours:sr-Latn"] = "Ponedeljak – petak, 08:00–16:00 po kosovskom vremenu",
        ["Help:Hours:en"] = "Monday to Friday, 08:00–16:00 Kosovo time",

        // Static assets cached as a published site caches them, for the camera module's test.
        ["EnableStaticAssetsDevelopmentCaching"] = "true",
    };
}
