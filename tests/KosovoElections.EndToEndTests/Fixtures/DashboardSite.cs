using System.Globalization;
using KosovoElections.Application.Audit;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.EndToEndTests.Fixtures;

/// <summary>
/// An <see cref="OpenElectionSite"/> of its own for the dashboard, open for two weeks: 400 applications sent over those
/// days from a dozen countries and every municipality, most decided by three reviewers, some of them today (in the audit
/// log as the decision use case writes it), and a supervisor to look at it.
/// </summary>
public sealed class DashboardSite : OpenElectionSite
{
    private const int Applications = 400;

    private static readonly string[] Countries = ["DE", "DE", "DE", "DE", "CH", "CH", "CH", "AT", "AT", "FR", "IT", "SE", "GB", "US", "BE", "NL", "SI", "NO"];

    public TestStaffMember Supervisor { get; private set; } = default!;

    protected override TimeSpan OpenedAgo => TimeSpan.FromDays(14);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Supervisor = await Host.CreateStaffAsync(StaffRole.Supervisor);
        TestStaffMember[] reviewers =
        [
            await Host.CreateStaffAsync(StaffRole.Reviewer), await Host.CreateStaffAsync(StaffRole.Reviewer), await Host.CreateStaffAsync(StaffRole.Reviewer),
        ];
        var now = Host.Clock.GetUtcNow();
        var random = new Random(14);
        var decidedToday = new List<(VoterApplication Application, Guid By)>();
        await using (var db = await Host.Get<ElectionsDbFactory>().CreateAsync())
        {
            var election = await db.Elections.SingleAsync();
            for (var i = 0; i < Applications; i++)
            {
                var number = (5_200_001_000L + i).ToString(CultureInfo.InvariantCulture);
                var municipality = 1 + random.Next(38);
                db.RegistryEntries.Add(new CivilRegistryEntry(number, "Arta", "Morina", null, Born, Sex.Female, municipality, RegistryStatus.Active));
                // More arrive as the deadline nears: the square root spreads them towards the last days.
                var sent = now.UtcDateTime.AddDays(-13.9 * (1 - Math.Sqrt(random.NextDouble())));
                var application = VoterApplication.Start(election.Id, number, ApplicationChannel.Online, sent.AddMinutes(-20), municipality);
                application.RecordVerifiedEmail($"voter{i}@example.org", sent);
                application.RecordAddress(new AddressAbroad(Countries[random.Next(Countries.Length)], "Qyteti", "Rruga 1", "1000"), "+4314001234", sent);
                application.ChooseReturnMethod(random.Next(10) < 7 ? ReturnMethod.PostalAbroad : ReturnMethod.PostalKosovo, sent);
                application.Submit(ReferenceNumber.New(), sent, sent);
                var decided = sent.AddHours(2 + random.Next(60));
                var reviewer = reviewers[random.Next(reviewers.Length)].Id;
                if (decided < now.UtcDateTime && random.Next(10) < 8)
                {
                    application.BeginReview(reviewer, decided.AddMinutes(15), decided.AddMinutes(-5));
                    if (random.Next(10) < 9)
                    {
                        application.Approve(ReceiptCode.New(), reviewer, decided);
                    }
                    else
                    {
                        application.Reject([DecisionReason.ProofOfAddressMismatch], null, reviewer, decided);
                    }

                    if (decided > now.UtcDateTime.AddHours(-8))
                    {
                        decidedToday.Add((application, reviewer));
                    }
                }

                db.Applications.Add(application);
            }

            await db.SaveChangesAsync();
        }

        // The audit log's own clock writes each decision at its time; then the site's clock stands at the start again.
        var audit = Host.Get<IAuditLog>();
        foreach (var (application, by) in decidedToday.OrderBy(d => d.Application.DecidedAt))
        {
            Host.Clock.Set(new DateTimeOffset(application.DecidedAt!.Value));
            var action = application.Status == ApplicationStatus.Approved ? AuditActions.Staff.ApplicationApproved : AuditActions.Staff.ApplicationRejected;
            await audit.AppendAsync(new AuditEntry(ActorKind.Staff, $"{by}", action, application.Id));
        }

        Host.Clock.Set(now);
    }
}
