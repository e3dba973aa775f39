using KosovoElections.Application.Common;
using KosovoElections.Application.Statistics.Figures;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
using KosovoElections.Infrastructure.Persistence.Figures;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Infrastructure.Persistence;

/// <summary>
/// The one model of the database. Each provider has a subclass (<see cref="SqliteElectionsDbContext"/>,
/// <see cref="PostgresElectionsDbContext"/>) only so that each keeps its own migrations.
/// </summary>
/// <remarks>
/// Add a migration for both providers: <c>scripts/add-migration.sh &lt;Name&gt;</c> (from the repository root; it
/// restores the local dotnet-ef and uses <c>KosovoElections.DesignTime</c> as the startup project).
/// </remarks>
public abstract class ElectionsDbContext(DbContextOptions options) : DbContext(options), IElectionsDb
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<CivilRegistryEntry> RegistryEntries => Set<CivilRegistryEntry>();

    public DbSet<Election> Elections => Set<Election>();

    public DbSet<Mailbox> Mailboxes => Set<Mailbox>();

    public DbSet<DiplomaticMission> Missions => Set<DiplomaticMission>();

    public DbSet<VoterApplication> Applications => Set<VoterApplication>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<ApplicationFlag> Flags => Set<ApplicationFlag>();

    public DbSet<ReviewNote> ReviewNotes => Set<ReviewNote>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    public DbSet<StaffRecoveryCode> StaffRecoveryCodes => Set<StaffRecoveryCode>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    public DbSet<ApplicantSession> ApplicantSessions => Set<ApplicantSession>();

    public DbSet<PhoneHandOff> PhoneHandOffs => Set<PhoneHandOff>();

    public DbSet<EmailCode> EmailCodes => Set<EmailCode>();

    public DbSet<Email.Outbox.OutboxEmail> OutboxEmails => Set<Email.Outbox.OutboxEmail>();

    public DbSet<RegistryImport> RegistryImports => Set<RegistryImport>();

    public DbSet<FigureCount> FigureCounts => Set<FigureCount>();

    public DbSet<FigureHour> FigureHours => Set<FigureHour>();

    /// <summary>
    /// Saves, and in the same transaction changes the figures by what the save changed in the applications
    /// (docs/decisions/0020): whichever use case sends, decides, withdraws or carries over an application, the
    /// dashboard's counts follow without it knowing.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = KeptFigures.ChangesIn(ChangeTracker);
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // In the caller's transaction when there is one, else in one of its own; the tracker takes the changes as saved
        // only once the figures are written too.
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await KeptFigures.ApplyAsync(Database, changes, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <summary>Only the key ring saves synchronously; an application saved this way would leave the figures behind.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        KeptFigures.ChangesIn(ChangeTracker).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException("Applications are saved with SaveChangesAsync, which keeps the figures.");

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ElectionsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite cannot order DateTimeOffset, so they are DateTime with Kind restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteElectionsDbContext(DbContextOptions<SqliteElectionsDbContext> options) : ElectionsDbContext(options);

public sealed class PostgresElectionsDbContext(DbContextOptions<PostgresElectionsDbContext> options) : ElectionsDbContext(options);
