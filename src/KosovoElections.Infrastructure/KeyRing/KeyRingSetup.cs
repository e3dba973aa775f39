using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KosovoElections.Infrastructure.KeyRing;

public static class KeyRingSetup
{
    // Only for Development and tests that run in Development: a known key protects nothing.
    private static readonly byte[] DevelopmentKey = Convert.FromBase64String("a2Vvc292by1lbGVjdGlvbnMtZGV2ZWxvcG1lbnQta2U=");

    /// <summary>
    /// Data Protection (cookies, antiforgery) with its keys in the database, encrypted under the configured master key.
    /// Outside Development a missing master key stops the start rather than leaving keys unprotected.
    /// </summary>
    public static IServiceCollection AddDatabaseKeyRing(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        // Resolved on first use, so operator commands, which protect nothing, run without the key.
        services.AddSingleton(_ => MasterKeyFrom(configuration, isDevelopment));
        services.AddDataProtection().SetApplicationName("KosovoElections");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<Persistence.ElectionsDbFactory>());
            o.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<MasterKey>());
        }));
        return services;
    }

    private static MasterKey MasterKeyFrom(IConfiguration configuration, bool isDevelopment)
    {
        var configured = configuration[MasterKey.Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return isDevelopment ? new MasterKey(DevelopmentKey)
                : throw new SetupException($"{MasterKey.Setting} is not set: generate one with `openssl rand -base64 32` and set it in the environment.");
        }

        var key = new byte[32];
        return Convert.TryFromBase64String(configured, key, out var length) && length == key.Length ? new MasterKey(key)
            : throw new SetupException($"{MasterKey.Setting} must be 32 bytes in base64 (`openssl rand -base64 32`).");
    }
}
