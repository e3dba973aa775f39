using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>An admin's change of an election's names, day and return methods (the deadline has its own page and reason).</summary>
public sealed record EditElectionCommand(
    Guid ElectionId, string Name, string NameSr, string NameEn, DateOnly ElectionDay, bool OffersPostalAbroad, bool OffersPostalKosovo, Guid StaffId)
{
    public ElectionName Names => new(Name, NameSr, NameEn);
}

public sealed class EditElectionValidator : AbstractValidator<EditElectionCommand>
{
    public const string NoReturnMethod = "Election_NoReturnMethod";

    public EditElectionValidator()
    {
        IsAName(RuleFor(c => c.Name));
        IsAName(RuleFor(c => c.NameSr));
        IsAName(RuleFor(c => c.NameEn));

        RuleFor(c => c.ElectionDay).Must(Election.IsSunday).WithMessage(CreateElectionValidator.DayNotSunday)
            .WithState(c => new object[] { c.ElectionDay });
    }

    private static void IsAName(IRuleBuilderInitial<EditElectionCommand, string> rule) =>
        rule.NotEmpty().WithMessage(CreateElectionValidator.NameRequired)
            .MaximumLength(ElectionName.MaxLength).WithMessage(CreateElectionValidator.NameTooLong).WithState(_ => ElectionName.MaxLength);
}

/// <summary>
/// Changes an election as <see cref="Election.Edit"/> allows, with the rules an admin can be told about first: election
/// day a Sunday, in the future and after the deadline; a way to return the ballot left; a mayoral runoff's day (four
/// weeks after the first round, art. 9.6) and return methods (its voters' own) stay as they are. Audited with old and new.
/// </summary>
public sealed class EditElection(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock, IValidator<EditElectionCommand> validator)
{
    public const string DayNotInFuture = "Election_DayNotInFuture";
    public const string RunoffFollowsFirstRound = "Election_RunoffFollowsFirstRound";

    public async Task<Outcome<Election>> HandleAsync(EditElectionCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<Election>.From(validation);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == command.ElectionId, cancellationToken);
        if (election is null)
        {
            return Outcome<Election>.Failure(SetDeadline.NoElection);
        }

        var refusal = Refusal(election, command, clock.GetUtcNow().UtcDateTime);
        if (refusal is not null)
        {
            return Outcome<Election>.Failure(refusal);
        }

        var before = Describe(election);
        election.Edit(command.Names, command.ElectionDay, command.OffersPostalAbroad, command.OffersPostalKosovo);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.StaffId.ToString(), AuditActions.Administration.ElectionEdited, Details: $"{election.Id} was {before}; now {Describe(election)}"),
            cancellationToken);
        return Outcome<Election>.Ok(election);
    }

    private static string? Refusal(Election election, EditElectionCommand command, DateTime now)
    {
        if (election.ChangesWhatARunoffKeeps(command.ElectionDay, command.OffersPostalAbroad, command.OffersPostalKosovo))
        {
            return RunoffFollowsFirstRound;
        }

        if (command.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) <= now)
        {
            return DayNotInFuture;
        }

        if (election.ClosesAt >= command.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
        {
            return CreateElectionValidator.ClosesAfterElectionDay;
        }

        return !command.OffersPostalAbroad && !command.OffersPostalKosovo && !election.OffersDiplomaticMission
            ? EditElectionValidator.NoReturnMethod
            : null;
    }

    private static string Describe(Election e) =>
        $"\"{e.Name}\" / \"{e.NameSr}\" / \"{e.NameEn}\" day={e.ElectionDay:yyyy-MM-dd} postal-abroad={e.OffersPostalAbroad} postal-kosovo={e.OffersPostalKosovo}";
}
