namespace KosovoElections.Domain.Registry;

public enum Sex
{
    Male,
    Female,
}

public enum RegistryStatus
{
    Active,
    Deceased,
    Ineligible,
}

/// <summary>Whether a person found in the registry may apply for an election: the one rule for online and paper applications.</summary>
public enum Eligibility
{
    Eligible,
    NotActive,
    UnderAge,
}

/// <summary>A person in the civil registry, imported read-only; the personal number is the identity.</summary>
public sealed class CivilRegistryEntry
{
    public CivilRegistryEntry(
        string personalNumber,
        string firstName,
        string lastName,
        string? fatherName,
        DateOnly dateOfBirth,
        Sex sex,
        int municipalityId,
        RegistryStatus status)
    {
        if (!Registry.PersonalNumber.IsValid(personalNumber))
        {
            throw new DomainException("A personal number has exactly 10 digits.");
        }

        PersonalNumber = personalNumber;
        FirstName = firstName;
        LastName = lastName;
        FatherName = fatherName;
        DateOfBirth = dateOfBirth;
        Sex = sex;
        MunicipalityId = municipalityId;
        Status = status;
    }

    public string PersonalNumber { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? FatherName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public Sex Sex { get; private set; }

    public int MunicipalityId { get; private set; }

    public RegistryStatus Status { get; private set; }

    public const int VotingAge = 18;

    /// <summary>Age in whole years on a given day (a person born on 29 February turns a year older on 1 March in common years).</summary>
    public static int AgeOn(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        var birthdayNotYetReached = (day.Month, day.Day).CompareTo((born.Month, born.Day)) < 0;
        return birthdayNotYetReached ? age - 1 : age;
    }

    /// <summary>Eligible voters are 18 or over on election day (SPEC §1).</summary>
    public static bool IsOfVotingAge(DateOnly born, DateOnly electionDay) => AgeOn(born, electionDay) >= VotingAge;

    public bool IsOfVotingAgeOn(DateOnly electionDay) => IsOfVotingAge(DateOfBirth, electionDay);

    /// <summary>An active registry entry of someone 18 or over on election day (SPEC §1, §4 step 2).</summary>
    public static Eligibility EligibilityFor(RegistryStatus status, DateOnly born, DateOnly electionDay) =>
        status != RegistryStatus.Active ? Eligibility.NotActive
        : !IsOfVotingAge(born, electionDay) ? Eligibility.UnderAge
        : Eligibility.Eligible;
}
