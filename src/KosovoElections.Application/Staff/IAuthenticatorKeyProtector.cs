namespace KosovoElections.Application.Staff;

/// <summary>Encrypts staff authenticator keys at rest; the implementation is ASP.NET Core Data Protection over the database key ring.</summary>
public interface IAuthenticatorKeyProtector
{
    string Protect(byte[] secret);

    byte[] Unprotect(string protectedSecret);
}
