using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>Opens a diplomatic mission with a capacity for the election named, else the current or next one; it must be an Assembly election.</summary>
public sealed record AddMissionCommand(string Name, string CountryCode, string City, int Capacity, string Actor, Guid? ElectionId = null);

public sealed record MissionAdded(DiplomaticMission Mission, string ElectionName);

/// <summary>Messages are text keys (<see cref="TextMessage"/>); a message with values in it gets them from the failure's state.</summary>
public sealed class AddMissionValidator : AbstractValidator<AddMissionCommand>
{
    public const string NameRequired = "Election_MissionNameRequired";
    public const string CityRequired = "Election_MissionCityRequired";
    public const string CityTooLong = "Election_MissionCityTooLong";
    public const string CapacityTooSmall = "Election_MissionCapacityTooSmall";

    public AddMissionValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(NameRequired)
            .MaximumLength(DiplomaticMission.NameMaxLength).WithMessage(CreateElectionValidator.NameTooLong).WithState(_ => DiplomaticMission.NameMaxLength);
        RuleFor(c => c.City).NotEmpty().WithMessage(CityRequired)
            .MaximumLength(DiplomaticMission.CityMaxLength).WithMessage(CityTooLong).WithState(_ => DiplomaticMission.CityMaxLength);
        RuleFor(c => c.CountryCode).Must(code => Countries.Find(code) is not null)
            .WithMessage(AddMailboxValidator.CountryUnknown).WithState(c => c.CountryCode);
        RuleFor(c => c.Capacity).GreaterThan(0).WithMessage(CapacityTooSmall);
    }
}

public sealed class AddMission(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<AddMissionCommand> validator)
{
    public const string NoElection = "Election_MissionNoElection";
    public const string AssemblyOnly = "Election_MissionAssemblyOnly";

    public async Task<Outcome<MissionAdded>> HandleAsync(AddMissionCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<MissionAdded>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.NamedOrCurrentAsync(command.ElectionId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (election is null)
        {
            return Outcome<MissionAdded>.Failure(NoElection);
        }

        if (!election.OffersDiplomaticMission)
        {
            return Outcome<MissionAdded>.Failure(AssemblyOnly, election.Name, election.Kind);
        }

        var mission = DiplomaticMission.Open(election, command.Name, command.CountryCode, command.City, command.Capacity);
        db.Missions.Add(mission);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.MissionAdded,
                Details: $"{election.Id} mission={mission.Id} country={mission.CountryCode} capacity={mission.Capacity}"),
            cancellationToken);
        return Outcome<MissionAdded>.Ok(new MissionAdded(mission, election.Name));
    }
}
