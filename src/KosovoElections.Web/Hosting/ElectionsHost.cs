using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KosovoElections.Infrastructure;
using KosovoElections.Infrastructure.Demo;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.Infrastructure.KeyRing;
using KosovoElections.Infrastructure.Persistence;
using KosovoElections.Web.Commands;
using KosovoElections.Web.Components;
using KosovoElections.Web.Endpoints;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;

namespace KosovoElections.Web.Hosting;

internal static class ElectionsHost
{
    public static void AddElectionsHost(this WebApplicationBuilder builder)
    {
        builder.AddElectionsLogging();
        builder.Services.AddElectionsCore(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddElectionsLocalization();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddDatabaseKeyRing(builder.Configuration, builder.Environment.IsDevelopment());
        builder.AddAntiforgeryCookie();
        builder.AddApplicantAuthentication();
        builder.AddStaffAuthentication();
        builder.AddCircuitGuard();
        builder.AddElectionsMetrics();
        builder.AddTransportSecurity();
        builder.Services.AddSingleton(Components.Shared.HelpContacts.From(builder.Configuration));
        builder.Services.AddSingleton(builder.Configuration.GetSection(RegistryUploadOptions.Section).Get<RegistryUploadOptions>() ?? new RegistryUploadOptions());

        // Albanian and Serbian letters (ë, ç, š, đ …) are written as they are rather than as numeric entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
    }

    /// <summary>
    /// Before serving: refuses to start without the secrets (before the database is touched, not at the first cookie or
    /// photo), deletes registry uploads a stopped server left, then applies pending migrations
    /// (Database:MigrateAtStartup, on by default) or refuses while any is pending, and seeds demo data in Development.
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<MasterKey>();
        app.Services.GetRequiredService<DocumentEnvelope>().RequireKeys();
        if (app.Services.GetRequiredService<RegistryUploadOptions>().DeleteLeftUploads() is > 0 and var left)
        {
            app.Logger.LogWarning("Deleted {Count} registry upload(s) left by a server stopped before their import ended.", left);
        }

        var options = app.Services.GetRequiredService<DatabaseOptions>();
        try
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().EnsureCurrentAsync(options.MigrateAtStartup);
        }
        catch (DbException e) when (!options.MigrateAtStartup)
        {
            // Without the duty to migrate, a database that is down at start is an outage to wait out, not a reason to
            // stay down: /health/ready reports it until it answers.
            app.Logger.LogWarning("The database could not be checked for pending migrations: {Error}", e.Message);
        }

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:SeedOnFirstRun", true))
        {
            var seeded = await app.Services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
            if (seeded is not null)
            {
                DemoSeeder.Print(seeded, Console.Out, EnglishText.Of);
            }
        }
    }

    public static void UseElectionsPipeline(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("KosovoElections is ready: open {Urls} in a browser.", string.Join(" or ", app.Urls)));
        app.UseForwardedClients();
        app.UseElectionsMetrics();
        app.UseElectionsRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Before the not-found page: its re-execution drops the query string, and with it ?culture=.
        app.UseRequestLocalization(Localization.RequestLocalizationOptions());
        app.UseRememberedCultureChoice();
        app.UseNotFoundPage();
        app.UseSecurityHeaders();
        app.UseDevelopmentPagesOnlyInDevelopment();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUploadLimits();
        app.UseCircuitGuard();
        app.UseStaffInCircuits();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapCultureEndpoint();
        app.MapSignOutEndpoint();
        app.MapSessionEndpoints();
        app.MapDocumentEndpoint();
        app.MapStaffSignOutEndpoint();
        app.MapStaffDocumentEndpoint();
        app.MapStatisticsEndpoints();
        app.MapExportEndpoints();
        app.MapRegistryUploadEndpoint();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevMailEndpoint();
        }

        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
