using Microsoft.Extensions.Configuration;

namespace KosovoElections.Infrastructure.Documents;

/// <summary>
/// The master keys that wrap the documents' data keys (Documents:MasterKeys, each an Id and 32 bytes in base64).
/// New items use Documents:CurrentKeyId; an item names the key it was wrapped with, so older keys stay configured
/// until nothing refers to them.
/// </summary>
public sealed class DocumentMasterKeys
{
    public const string KeysSetting = "Documents:MasterKeys";
    public const string CurrentSetting = "Documents:CurrentKeyId";
    public const int MaxIdLength = 64;

    // Only for Development: a known key protects nothing. Separate from the key ring's development key on purpose.
    private const string DevelopmentId = "development";
    private static readonly byte[] DevelopmentKey = Convert.FromBase64String("a29zb3ZvLWVsZWN0aW9ucy1kb2N1bWVudHMtZGV2ZWw=");

    private readonly Dictionary<string, byte[]> _keys;

    public DocumentMasterKeys(IReadOnlyDictionary<string, byte[]> keys, string currentId)
    {
        foreach (var (id, key) in keys)
        {
            if (!IsValidId(id) || key.Length != 32)
            {
                throw new SetupException($"{KeysSetting}: each key needs an Id (letters, digits, '.', '_', '-'; at most {MaxIdLength}) and a Key of 32 bytes in base64 (`openssl rand -base64 32`).");
            }
        }

        _keys = new Dictionary<string, byte[]>(keys, StringComparer.Ordinal);
        CurrentId = _keys.ContainsKey(currentId) ? currentId
            : throw new SetupException($"{CurrentSetting} '{currentId}' is not one of the keys in {KeysSetting}.");
    }

    public string CurrentId { get; }

    public byte[] CurrentKey => _keys[CurrentId];

    /// <summary>The key an item names; an item under a key no longer configured cannot be read, and says so.</summary>
    public byte[] Get(string id) => _keys.TryGetValue(id, out var key) ? key
        : throw new InvalidOperationException($"Document master key '{id}' is not configured in {KeysSetting}: documents wrapped with it cannot be read until it is added back.");

    /// <summary>
    /// Reads the keys from configuration. Without keys, Development gets a fixed key; anywhere else this refuses, so
    /// identity documents are never stored under a key everyone knows.
    /// </summary>
    public static DocumentMasterKeys FromConfiguration(IConfiguration configuration, bool isDevelopment)
    {
        var configured = configuration.GetSection(KeysSetting).GetChildren().ToList();
        if (configured.Count == 0)
        {
            return isDevelopment ? new(new Dictionary<string, byte[]> { [DevelopmentId] = DevelopmentKey }, DevelopmentId)
                : throw new SetupException($"{KeysSetting} is not set: add a key ({KeysSetting}:0:Id, {KeysSetting}:0:Key from `openssl rand -base64 32`) and name it in {CurrentSetting}.");
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in configured)
        {
            var id = entry["Id"] ?? string.Empty;
            var key = new byte[32];
            if (!Convert.TryFromBase64String(entry["Key"] ?? string.Empty, key, out var length) || length != key.Length || !keys.TryAdd(id, key))
            {
                throw new SetupException($"{KeysSetting}: the key '{id}' is not 32 bytes in base64, or its Id is used twice.");
            }
        }

        var current = configuration[CurrentSetting];
        return new(keys, string.IsNullOrWhiteSpace(current) && keys.Count == 1 ? keys.Keys.Single() : current ?? string.Empty);
    }

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
