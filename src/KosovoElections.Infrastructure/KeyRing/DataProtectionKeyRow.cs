namespace KosovoElections.Infrastructure.KeyRing;

/// <summary>One ASP.NET Core Data Protection key, as XML encrypted with the master key.</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = string.Empty;

    public string Xml { get; set; } = string.Empty;
}
