using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.IntegrationTests.Statistics;

/// <summary>
/// A person in the civil registry and their application, sent at <see cref="SentAt"/> and, unless it is still Submitted,
/// decided at <see cref="DecidedAt"/>; <see cref="Channel"/> is only how it is counted (a paper one's entry is Postal's).
/// </summary>
public sealed record SeededVoter(
    string PersonalNumber,
    string FirstName,
    string LastName,
    int MunicipalityId,
    string Country,
    ReturnMethod Method,
    DateTime SentAt,
    ApplicationStatus Status = ApplicationStatus.Submitted,
    DateTime? DecidedAt = null,
    ApplicationChannel Channel = ApplicationChannel.Online)
{
    public DateOnly Born => new(1980, 1, 1 + (int)(long.Parse(PersonalNumber, System.Globalization.CultureInfo.InvariantCulture) % 28));

    public string Email => $"voter{PersonalNumber}@example.org";

    public string Street => $"Rruga {LastName} {PersonalNumber[^3..]}";

    public string City => Country == "DE" ? "München" : Country == "CH" ? "Zürich" : "Wien";

    public string PostalCode => $"{PersonalNumber[^4..]}";
}

/// <summary>Writes seeded voters straight into a host's database, in its one election (the sign-in seed's), as the review would leave them.</summary>
public static class VoterSeed
{
    /// <summary>Adds the people and their applications; returns the applications as stored (references and receipt codes).</summary>
    public static async Task<IReadOnlyList<VoterApplication>> AddVotersAsync(this TestHost host, IEnumerable<SeededVoter> voters)
    {
        await using var db = await host.Get<ElectionsDbFactory>().CreateAsync();
        var election = await db.Elections.SingleAsync(e => e.Name == "Zgjedhjet 2027");
        var reviewer = Guid.NewGuid();
        var added = new List<VoterApplication>();
        foreach (var voter in voters)
        {
            db.RegistryEntries.Add(new CivilRegistryEntry(voter.PersonalNumber, voter.FirstName, voter.LastName, null, voter.Born, Sex.Female, voter.MunicipalityId, RegistryStatus.Active));
            var at = voter.SentAt;
            var application = VoterApplication.Start(election.Id, voter.PersonalNumber, voter.Channel, at.AddHours(-1), voter.MunicipalityId);
            application.RecordVerifiedEmail(voter.Email, at);
            application.RecordAddress(new AddressAbroad(voter.Country, voter.City, voter.Street, voter.PostalCode), "+4917612345678", at);
            application.ChooseReturnMethod(voter.Method, at);
            application.Submit(ReferenceNumber.New(), at, at);
            if (voter.Status is not ApplicationStatus.Submitted && voter.DecidedAt is { } decided)
            {
                application.BeginReview(reviewer, decided.AddMinutes(30), decided.AddMinutes(-5));
                if (voter.Status == ApplicationStatus.Approved)
                {
                    application.Approve(ReceiptCode.New(), reviewer, decided);
                }
                else
                {
                    application.Reject([DecisionReason.Duplicate], null, reviewer, decided);
                }
            }

            db.Applications.Add(application);
            added.Add(application);
        }

        await db.SaveChangesAsync();
        return added;
    }
}
