using System.Globalization;
using KosovoElections.Application.Registration.SignIn;
using Npgsql;

namespace KosovoElections.Benchmarks.SignIn;

/// <summary>A person as the loaded registry has them: the date of birth comes from the seeded generator, so it is read back.</summary>
internal sealed record RegisteredPerson(string PersonalNumber, DateOnly DateOfBirth);

/// <summary>
/// Realistic sign-in traffic: about 70 % correct dates for people never signed in before, the rest split between
/// wrong dates and numbers the registry does not hold. Every attempt comes from its own client address, so the
/// per-address failure budget never trips and every attempt does the full work.
/// </summary>
internal sealed class SignInMix(IReadOnlyList<RegisteredPerson> people, int seed)
{
    private readonly Random _random = new(seed);
    private int _nextPerson;
    private int _attempts;

    /// <param name="activeOnly">Only people whose registry entry is active (all synthetic people are adults), so every sign-in succeeds.</param>
    public static async Task<List<RegisteredPerson>> SampleAsync(NpgsqlDataSource dataSource, int count, bool activeOnly = false)
    {
        // A random sample in one scan at setup; ORDER BY random() is cheap next to the import and never timed.
        var where = activeOnly ? "WHERE status = 'Active' " : string.Empty;
        await using var command = dataSource.CreateCommand($"SELECT personal_number, date_of_birth FROM registry_entries {where}ORDER BY random() LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var reader = await command.ExecuteReaderAsync();
        var people = new List<RegisteredPerson>(count);
        while (await reader.ReadAsync())
        {
            people.Add(new RegisteredPerson(reader.GetString(0), reader.GetFieldValue<DateOnly>(1)));
        }

        return people.Count == count ? people : throw new InvalidOperationException($"The registry holds fewer than {count} people.");
    }

    /// <summary>A client address of its own for the <paramref name="attempt"/>-th caller.</summary>
    public static string ClientAddress(int attempt) => $"10.{(attempt >> 16) & 255}.{(attempt >> 8) & 255}.{attempt & 255}";

    public SignInCommand Next()
    {
        var attempt = _attempts++;
        var address = ClientAddress(attempt);
        var roll = _random.Next(100);
        if (roll < 15)
        {
            // Synthetic numbers start with 1 or 2, so 9 followed by nine digits is never in the registry.
            return new SignInCommand((9_000_000_000L + attempt).ToString(CultureInfo.InvariantCulture), new DateOnly(1990, 1, 1), address);
        }

        var person = people[_nextPerson++];
        var typed = roll < 30 ? person.DateOfBirth.AddDays(1 + _random.Next(300)) : person.DateOfBirth;
        return new SignInCommand(person.PersonalNumber, typed, address);
    }
}
