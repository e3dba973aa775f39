using KosovoElections.Application.Common;
using KosovoElections.Domain.Applicants;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using KosovoElections.Domain.Staff;
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
