using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KosovoElections.Application.Common;

/// <summary>The slice of the database the use cases see; one instance per unit of work, never per circuit.</summary>
public interface IElectionsDb : IAsyncDisposable
{
    DbSet<Municipality> Municipalities { get; }

    DbSet<CivilRegistryEntry> RegistryEntries { get; }

    DbSet<Election> Elections { get; }

    DbSet<Mailbox> Mailboxes { get; }

    DbSet<DiplomaticMission> Missions { get; }

    DbSet<VoterApplication> Applications { get; }

    DbSet<Document> Documents { get; }

    DbSet<ApplicationFlag> Flags { get; }

    DbSet<ReviewNote> ReviewNotes { get; }

    DbSet<AuditEvent> AuditEvents { get; }

    DbSet<StaffMember> Staff { get; }

    DbSet<StaffSession> StaffSessions { get; }

    DbSet<StaffRecoveryCode> StaffRecoveryCodes { get; }

    DbSet<SignInAttempt> SignInAttempts { get; }

    DbSet<ApplicantSession> ApplicantSessions { get; }

    DbSet<PhoneHandOff> PhoneHandOffs { get; }

    DbSet<EmailCode> EmailCodes { get; }

    DbSet<RegistryImport> RegistryImports { get; }

    /// <summary>The figures' counts, kept by every save of an application (docs/decisions/0020): read them, never write them.</summary>
    DbSet<FigureCount> FigureCounts { get; }

    /// <summary>The figures' hourly counts, kept like <see cref="FigureCounts"/>.</summary>
    DbSet<FigureHour> FigureHours { get; }

    /// <summary>Transactions and set-based updates, for the few use cases that need them (a mission place is reserved with one conditional UPDATE).</summary>
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Opens a fresh <see cref="IElectionsDb"/> for one unit of work.</summary>
public interface IElectionsDbFactory
{
    Task<IElectionsDb> OpenAsync(CancellationToken cancellationToken = default);
}
