using KosovoElections.Application.Staff;
using Microsoft.AspNetCore.DataProtection;

namespace KosovoElections.Infrastructure.Staff;

/// <summary>Authenticator keys encrypted with Data Protection, whose key ring lives in the database under the master key.</summary>
public sealed class DataProtectionAuthenticatorKeys(IDataProtectionProvider provider) : IAuthenticatorKeyProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("KosovoElections.Staff.AuthenticatorKey.v1");

    public string Protect(byte[] secret) => Convert.ToBase64String(_protector.Protect(secret));

    public byte[] Unprotect(string protectedSecret) => _protector.Unprotect(Convert.FromBase64String(protectedSecret));
}
