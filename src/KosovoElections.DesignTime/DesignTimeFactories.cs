using KosovoElections.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KosovoElections.DesignTime;

/// <summary>Lets `dotnet ef` build each provider's context without a database; the connection strings are never opened.</summary>
public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteElectionsDbContext>
{
    public SqliteElectionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteElectionsDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresFactory : IDesignTimeDbContextFactory<PostgresElectionsDbContext>
{
    public PostgresElectionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresElectionsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
