using System.Security.Cryptography;
using KosovoElections.Infrastructure.Documents;
using KosovoElections.Infrastructure.KeyRing;

namespace KosovoElections.Benchmarks.Common;

internal static class OperatorSettings
{
    /// <summary>
    /// The database document store (the default) and the Data Protection key ring under random master keys, as an
    /// operator would configure them.
    /// </summary>
    public static Dictionary<string, string?> WithRandomKeys() => new()
    {
        [DocumentStoreSetup.StoreSetting] = nameof(DocumentStoreKind.Database),
        [$"{DocumentMasterKeys.KeysSetting}:0:Id"] = "benchmark",
        [$"{DocumentMasterKeys.KeysSetting}:0:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        [DocumentMasterKeys.CurrentSetting] = "benchmark",
        [MasterKey.Setting] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };
}
