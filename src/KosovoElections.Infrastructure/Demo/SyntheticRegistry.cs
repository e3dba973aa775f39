using System.Globalization;
using System.Text;
using KosovoElections.Application.Registry;
using KosovoElections.Domain.Registry;

namespace KosovoElections.Infrastructure.Demo;

/// <summary>
/// A synthetic civil registry with realistic Albanian and Serbian names across all 38 municipalities, written as the
/// registry CSV of SPEC §8. Deterministic for a given seed, so demos, tests and benchmarks see the same people.
/// </summary>
public static class SyntheticRegistry
{
    private static readonly string[] AlbanianMale = ["Arben", "Besnik", "Dardan", "Driton", "Fatos", "Granit", "Ilir", "Kushtrim", "Labinot", "Liridon", "Agon", "Blerim", "Valon", "Egzon", "Shpëtim", "Qëndrim", "Artan", "Bujar", "Mërgim", "Gëzim"];
    private static readonly string[] AlbanianFemale = ["Albulena", "Arta", "Blerta", "Diellza", "Drita", "Era", "Fjolla", "Jehona", "Lirie", "Mimoza", "Rina", "Vjosa", "Teuta", "Qëndresa", "Shqipe", "Zana", "Donika", "Hana", "Elira", "Besa"];
    private static readonly string[] AlbanianLast = ["Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kastrati", "Rexhepi", "Mustafa", "Hasani", "Ahmeti", "Kryeziu", "Thaçi", "Zeqiri", "Sylejmani", "Dervishi", "Jashari", "Hyseni", "Kelmendi"];
    private static readonly string[] SerbianMale = ["Miloš", "Nikola", "Stefan", "Dragan", "Nenad", "Marko", "Dušan", "Živojin", "Srđan", "Vladimir"];
    private static readonly string[] SerbianFemale = ["Jelena", "Milica", "Snežana", "Dragana", "Ivana", "Jovana", "Marija", "Ljiljana", "Tijana", "Vesna"];
    private static readonly string[] SerbianLast = ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Popović", "Živković"];

    // Municipalities with a Serbian majority get mostly Serbian names.
    private static readonly HashSet<int> SerbianMajority = [8, 15, 16, 21, 22, 24, 30, 31, 37, 38];

    /// <summary>Writes <paramref name="count"/> people as CSV to <paramref name="output"/>; the first rows are the people <see cref="Samples"/> lists.</summary>
    public static void Write(TextWriter output, int count, int seed = 2026, DateOnly? today = null)
    {
        var now = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(seed);
        output.Write(RegistryRow.Header + "\n");
        foreach (var sample in Samples(now))
        {
            WriteRow(output, sample);
        }

        for (var i = Samples(now).Count; i < count; i++)
        {
            WriteRow(output, Person(random, i, now));
        }
    }

    public static MemoryStream ToStream(int count, int seed = 2026, DateOnly? today = null)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            Write(writer, count, seed, today);
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Known people for trying the sign-in: eligible adults, one who is 17, one deceased.</summary>
    public static IReadOnlyList<SamplePerson> Samples(DateOnly today) =>
    [
        new("1000000017", "Arben", "Krasniqi", "Ilir", today.AddYears(-34).AddDays(-12), "M", "Prishtinë", "active", "eligible"),
        new("1000000025", "Vjosa", "Gashi", "Fatos", today.AddYears(-27).AddDays(-140), "F", "Prizren", "active", "eligible"),
        new("1000000033", "Milica", "Jovanović", "Dragan", today.AddYears(-45).AddDays(-3), "F", "Graçanicë", "active", "eligible"),
        new("1000000041", "Dardan", "Berisha", "Agon", today.AddYears(-17).AddDays(-30), "M", "Pejë", "active", "under 18 on election day"),
        new("1000000059", "Bujar", "Hoxha", "", today.AddYears(-80), "M", "Gjakovë", "deceased", "not active in the registry"),
    ];

    private static SamplePerson Person(Random random, int index, DateOnly today)
    {
        var municipality = Municipalities.All[index % Municipalities.All.Count];
        var serbian = SerbianMajority.Contains(municipality.Id) ? random.Next(10) < 8 : random.Next(50) == 0;
        var female = random.Next(2) == 0;
        var first = Pick(random, serbian ? (female ? SerbianFemale : SerbianMale) : (female ? AlbanianFemale : AlbanianMale));
        var father = Pick(random, serbian ? SerbianMale : AlbanianMale);
        var last = Pick(random, serbian ? SerbianLast : AlbanianLast);
        var born = today.AddYears(-18 - random.Next(0, 70)).AddDays(-random.Next(0, 365));
        var status = random.Next(200) == 0 ? "deceased" : "active";
        var number = (2_000_000_000L + (index * 7919L % 999_999_999L)).ToString(CultureInfo.InvariantCulture);
        return new(number, first, last, random.Next(10) == 0 ? string.Empty : father, born, female ? "F" : "M", municipality.NameSq, status, string.Empty);
    }

    private static string Pick(Random random, string[] names) => names[random.Next(names.Length)];

    private static void WriteRow(TextWriter output, SamplePerson p) =>
        output.Write($"{p.PersonalNumber},{p.FirstName},{p.LastName},{p.FatherName},{p.DateOfBirth:yyyy-MM-dd},{p.Sex},{p.Municipality},{p.Status}\n");
}

public sealed record SamplePerson(string PersonalNumber, string FirstName, string LastName, string FatherName, DateOnly DateOfBirth, string Sex, string Municipality, string Status, string Note);
