using KosovoElections.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>
/// The registry lookup as SignInApplicant.DecideAsync makes it: a context from the app's factory, the same
/// AsNoTracking query and projection. Copied rather than shared because the use case keeps it private; if the
/// use case's query changes, change this one with it.
/// </summary>
internal sealed class RegistryLookup(IElectionsDbFactory dbFactory)
{
    public async Task<bool> FindAsync(string personalNumber)
    {
        await using var db = await dbFactory.OpenAsync();
        var person = await db.RegistryEntries.AsNoTracking()
            .Where(e => e.PersonalNumber == personalNumber)
            .Select(e => new { e.DateOfBirth, e.Status })
            .FirstOrDefaultAsync();
        return person is not null;
    }
}
