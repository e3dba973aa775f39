namespace KosovoElections.Domain.Elections;

/// <summary>An election for which citizens abroad register; registration runs from <see cref="OpensAt"/> to <see cref="ClosesAt"/> (UTC).</summary>
public sealed class Election
{
    private Election(Guid id, string name, string nameSr, string nameEn, ElectionKind kind, DateOnly electionDay, DateTime opensAt, DateTime closesAt)
    {
        Id = id;
        Name = name;
        NameSr = nameSr;
        NameEn = nameEn;
        Kind = kind;
        ElectionDay = electionDay;
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The official (Albanian) name; <see cref="Names"/> has it in each language.</summary>
    public string Name { get; private set; }

    public string NameSr { get; private set; }

    public string NameEn { get; private set; }

    public ElectionName Names => new(Name, NameSr, NameEn);

    public ElectionKind Kind { get; private set; }

    /// <summary>For a mayoral runoff, the Local election whose second round it is; null otherwise.</summary>
    public Guid? RunoffOf { get; private set; }

    /// <summary>Always a Sunday (Law No. 03/L-072, art. 4.2).</summary>
    public DateOnly ElectionDay { get; private set; }

    public DateTime OpensAt { get; private set; }

    /// <summary>The registration deadline.</summary>
    public DateTime ClosesAt { get; private set; }

    public bool OffersPostalAbroad { get; private set; } = true;

    public bool OffersPostalKosovo { get; private set; } = true;

    /// <summary>Diplomatic missions are offered for Assembly elections only.</summary>
    public bool OffersDiplomaticMission => Kind == ElectionKind.Assembly;

    public IEnumerable<ReturnMethod> ReturnMethods()
    {
        if (OffersPostalAbroad)
        {
            yield return ReturnMethod.PostalAbroad;
        }

        if (OffersPostalKosovo)
        {
            yield return ReturnMethod.PostalKosovo;
        }

        if (OffersDiplomaticMission)
        {
            yield return ReturnMethod.DiplomaticMission;
        }
    }

    /// <summary>An election with one name for every language (the command line's and the tests' shorthand).</summary>
    public static Election Create(string name, ElectionKind kind, DateOnly electionDay, DateTime opensAt, DateTime closesAt) =>
        Create(ElectionName.Everywhere(name ?? string.Empty), kind, electionDay, opensAt, closesAt);

    public static Election Create(ElectionName name, ElectionKind kind, DateOnly electionDay, DateTime opensAt, DateTime closesAt)
    {
        EnsureNamed(name);

        EnsureSunday(electionDay);
        EnsureUtc(opensAt);
        EnsureUtc(closesAt);
        if (opensAt >= closesAt)
        {
            throw new DomainException("Registration must open before it closes.");
        }

        EnsureClosesBeforeElectionDay(closesAt, electionDay);
        var trimmed = Trimmed(name);
        return new Election(Guid.NewGuid(), trimmed.Albanian, trimmed.Serbian, trimmed.English, kind, electionDay, opensAt, closesAt);
    }

    /// <summary>
    /// The mayoral second round of this Local election (art. 9.6), opened at <paramref name="nowUtc"/>: on the Sunday four
    /// weeks after, named after the first round, with a registration window of no length at the moment it is opened, so
    /// that it never accepts applications (its voters are carried over from the first round) and is the latest election
    /// for the sign-in, the statistics and the exports.
    /// </summary>
    public Election OpenRunoff(DateTime nowUtc)
    {
        EnsureUtc(nowUtc);
        if (Kind != ElectionKind.Local)
        {
            throw new DomainException("Only a Local election has a mayoral runoff.");
        }

        if (nowUtc < ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) || nowUtc >= RunoffDay().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            throw new DomainException("A runoff is opened from the first round's election day until the day before its own.");
        }

        return new Election(Guid.NewGuid(), RunoffName(Name, " – balotazhi"), RunoffName(NameSr, " – drugi krug"), RunoffName(NameEn, " – second round"),
            ElectionKind.MayoralRunoff, RunoffDay(), nowUtc, nowUtc)
        {
            RunoffOf = Id,
            OffersPostalAbroad = OffersPostalAbroad,
            OffersPostalKosovo = OffersPostalKosovo,
        };
    }

    public static bool IsSunday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday;

    /// <summary>A mayoral second round is held on the Sunday four weeks after the first (art. 9.6).</summary>
    public DateOnly RunoffDay() => ElectionDay.AddDays(28);

    public RegistrationWindow WindowAt(DateTime nowUtc) =>
        nowUtc < OpensAt ? RegistrationWindow.NotYetOpen
        : nowUtc < ClosesAt ? RegistrationWindow.Open
        : RegistrationWindow.Closed;

    public bool AcceptsApplicationsAt(DateTime nowUtc) => WindowAt(nowUtc) == RegistrationWindow.Open;

    /// <summary>True when two registration windows share any instant.</summary>
    public bool OverlapsWith(Election other) => OpensAt < other.ClosesAt && other.OpensAt < ClosesAt;

    public void ChangeDeadline(DateTime closesAt)
    {
        EnsureUtc(closesAt);
        if (closesAt <= OpensAt)
        {
            throw new DomainException("The deadline must be after registration opens.");
        }

        EnsureClosesBeforeElectionDay(closesAt, ElectionDay);
        ClosesAt = closesAt;
    }

    /// <summary>
    /// Renames the election and changes its day and the return methods it offers. The deadline moves only through
    /// <see cref="ChangeDeadline"/>, which the administration asks a reason for.
    /// </summary>
    public void Edit(ElectionName name, DateOnly electionDay, bool offersPostalAbroad, bool offersPostalKosovo)
    {
        EnsureNamed(name);
        if (ChangesWhatARunoffKeeps(electionDay, offersPostalAbroad, offersPostalKosovo))
        {
            throw new DomainException("A mayoral runoff keeps the day and return methods it was opened with.");
        }

        EnsureSunday(electionDay);
        EnsureClosesBeforeElectionDay(ClosesAt, electionDay);
        if (!offersPostalAbroad && !offersPostalKosovo && !OffersDiplomaticMission)
        {
            throw new DomainException("An election must offer at least one way to return the ballot.");
        }

        var trimmed = Trimmed(name);
        (Name, NameSr, NameEn) = (trimmed.Albanian, trimmed.Serbian, trimmed.English);
        ElectionDay = electionDay;
        OffersPostalAbroad = offersPostalAbroad;
        OffersPostalKosovo = offersPostalKosovo;
    }

    /// <summary>Whether this is a mayoral runoff and the change would move its day or its return methods, which stay as opened.</summary>
    public bool ChangesWhatARunoffKeeps(DateOnly electionDay, bool offersPostalAbroad, bool offersPostalKosovo) =>
        Kind == ElectionKind.MayoralRunoff
        && (electionDay, offersPostalAbroad, offersPostalKosovo) != (ElectionDay, OffersPostalAbroad, OffersPostalKosovo);

    private static void EnsureNamed(ElectionName name)
    {
        if (string.IsNullOrWhiteSpace(name.Albanian) || string.IsNullOrWhiteSpace(name.Serbian) || string.IsNullOrWhiteSpace(name.English))
        {
            throw new DomainException("An election needs a name in each language.");
        }
    }

    private static string RunoffName(string first, string suffix) =>
        (first.Length + suffix.Length > ElectionName.MaxLength ? first[..(ElectionName.MaxLength - suffix.Length)] : first) + suffix;

    private static ElectionName Trimmed(ElectionName name) => new(name.Albanian.Trim(), name.Serbian.Trim(), name.English.Trim());

    private static void EnsureSunday(DateOnly day)
    {
        if (!IsSunday(day))
        {
            throw new DomainException($"Election day must be a Sunday; {day:yyyy-MM-dd} is a {day.DayOfWeek}.");
        }
    }

    private static void EnsureUtc(DateTime instant)
    {
        if (instant.Kind != DateTimeKind.Utc)
        {
            throw new DomainException("Instants are stored in UTC.");
        }
    }

    private static void EnsureClosesBeforeElectionDay(DateTime closesAt, DateOnly electionDay)
    {
        if (closesAt >= electionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            throw new DomainException("Registration must close before election day.");
        }
    }
}
