using System.Security.Cryptography;
using System.Text;
using KosovoElections.Infrastructure.Documents;

namespace KosovoElections.IntegrationTests.Documents;

/// <summary>Master keys for document tests: each id always gets the same 32 bytes, as a configured key would.</summary>
public static class TestDocumentKeys
{
    public static byte[] KeyOf(string id) => SHA256.HashData(Encoding.UTF8.GetBytes($"test-document-key-{id}"));

    public static DocumentMasterKeys With(string current, params string[] ids) =>
        new(ids.ToDictionary(id => id, KeyOf), current);

    /// <summary>The same keys as configuration settings (Documents:MasterKeys:n:Id/Key and Documents:CurrentKeyId).</summary>
    public static Dictionary<string, string?> Settings(string current, params string[] ids)
    {
        var settings = new Dictionary<string, string?> { [DocumentMasterKeys.CurrentSetting] = current };
        for (var i = 0; i < ids.Length; i++)
        {
            settings[$"{DocumentMasterKeys.KeysSetting}:{i}:Id"] = ids[i];
            settings[$"{DocumentMasterKeys.KeysSetting}:{i}:Key"] = Convert.ToBase64String(KeyOf(ids[i]));
        }

        return settings;
    }
}
