using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>Opens a diplomatic mission with a capacity for the current or next election, which must be an Assembly election.</summary>
public sealed record AddMissionCommand(string Name, string CountryCode, string City, int Capacity, string Actor);

public sealed record MissionAdded(DiplomaticMission Mission, string ElectionName);

public sealed class AddMissionValidator : AbstractValidator<AddMissionCommand>
{
    public AddMissionValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("A mission needs a name.")
            .MaximumLength(DiplomaticMission.NameMaxLength).WithMessage($"The name may have at most {DiplomaticMission.NameMaxLength} characters.");
        RuleFor(c => c.City).NotEmpty().WithMessage("A mission needs a city.")
            .MaximumLength(DiplomaticMission.CityMaxLength).WithMessage($"The city may have at most {DiplomaticMission.CityMaxLength} characters.");
        RuleFor(c => c.CountryCode).Must(code => Countries.Find(code) is not null)
            .WithMessage(c => $"\"{c.CountryCode}\" is not the ISO 3166-1 code of a country abroad (two capital letters, such as DE).");
        RuleFor(c => c.Capacity).GreaterThan(0).WithMessage("The capacity must be at least 1.");
    }
}

public sealed class AddMission(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<AddMissionCommand> validator)
{

    public async Task<Outcome<MissionAdded>> HandleAsync(AddMissionCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<MissionAdded>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.CurrentOrNextAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (election is null)
        {
            return Outcome<MissionAdded>.Failure("There is no open or upcoming election to add a mission to.");
        }

        if (!election.OffersDiplomaticMission)
        {
            return Outcome<MissionAdded>.Failure($"Diplomatic missions are offered for Assembly elections only; \"{election.Name}\" is a {election.Kind} election.");
        }

        var mission = DiplomaticMission.Open(election, command.Name, command.CountryCode, command.City, command.Capacity);
        db.Missions.Add(mission);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, "election.mission-added",
                Details: $"{election.Id} mission={mission.Id} country={mission.CountryCode} capacity={mission.Capacity}"),
            cancellationToken);
        return Outcome<MissionAdded>.Ok(new MissionAdded(mission, election.Name));
    }
}
