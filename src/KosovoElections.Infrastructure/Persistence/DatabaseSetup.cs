using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoElections.Infrastructure.Persistence;

/// <summary>The one seam where the provider is chosen: everything provider-specific about connecting lives here.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddElectionsDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default");
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new SetupException("Database:Provider is Postgres but ConnectionStrings:Default is not set.");
            }

            services.AddDbContextFactory<PostgresElectionsDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton(sp => ElectionsDbFactory.For(sp.GetRequiredService<IDbContextFactory<PostgresElectionsDbContext>>(), DatabaseProvider.Postgres));
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, contentRoot);
            services.AddDbContextFactory<SqliteElectionsDbContext>((sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddSingleton(sp => ElectionsDbFactory.For(sp.GetRequiredService<IDbContextFactory<SqliteElectionsDbContext>>(), DatabaseProvider.Sqlite));
        }

        services.AddSingleton<Application.Common.IElectionsDbFactory>(sp => sp.GetRequiredService<ElectionsDbFactory>());
        return services;
    }

    /// <summary>Resolves a relative SQLite file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqliteConnection : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
