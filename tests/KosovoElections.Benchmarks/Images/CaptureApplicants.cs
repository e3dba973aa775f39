using System.Globalization;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Persistence;

namespace KosovoElections.Benchmarks.Images;

/// <summary>Signed-in applicants as the capture tests make them: a registry person and a draft application, written directly.</summary>
internal static class CaptureApplicants
{
    public static async Task<Queue<ApplicantIdentity>> CreateAsync(ElectionsDbFactory factory, Guid electionId, int count)
    {
        var now = DateTime.UtcNow;
        await using var db = await factory.CreateAsync();
        var applicants = new Queue<ApplicantIdentity>(count);
        for (var i = 0; i < count; i++)
        {
            var number = (5_300_000_000L + i).ToString(CultureInfo.InvariantCulture);
            db.RegistryEntries.Add(new CivilRegistryEntry(number, "Blerta", "Shala", "Agim", new DateOnly(1990, 1, 1), Sex.Female, 29, RegistryStatus.Active));
            db.Applications.Add(VoterApplication.Start(electionId, number, ApplicationChannel.Online, now));
            applicants.Enqueue(new ApplicantIdentity("benchmark", number, electionId));
        }

        await db.SaveChangesAsync();
        return applicants;
    }
}
