using KosovoElections.Application.Administration.Staff;
using Microsoft.AspNetCore.DataProtection;

namespace KosovoElections.Infrastructure.Staff;

/// <summary>Invitation links sealed with Data Protection (authenticated encryption, the key ring every instance shares).</summary>
public sealed class DataProtectionInvitations(IDataProtectionProvider provider) : IInvitationProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("KosovoElections.Staff.Invitation.v1");

    public string Protect(string payload) => _protector.Protect(payload);

    public string? Unprotect(string token)
    {
        try
        {
            return _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
