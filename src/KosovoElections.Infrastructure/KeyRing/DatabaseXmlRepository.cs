using System.Xml.Linq;
using KosovoElections.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace KosovoElections.Infrastructure.KeyRing;

/// <summary>
/// Keeps the Data Protection key ring in the application's database, so that every server instance reads the same
/// keys: a cookie issued by one instance is valid on the others and survives restarts.
/// </summary>
public sealed class DatabaseXmlRepository(ElectionsDbFactory factory) : IXmlRepository
{
    // IXmlRepository is synchronous; the key ring is read rarely (at start and on refresh), so blocking here is acceptable.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = factory.CreateAsync().GetAwaiter().GetResult();
        return db.Set<DataProtectionKeyRow>().Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = factory.CreateAsync().GetAwaiter().GetResult();
        db.Set<DataProtectionKeyRow>().Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
