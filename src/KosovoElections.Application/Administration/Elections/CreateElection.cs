using FluentValidation;
using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

/// <summary>The Serbian and English names default to the Albanian <paramref name="Name"/> when not given.</summary>
public sealed record CreateElectionCommand(
    string Name, ElectionKind Kind, DateOnly ElectionDay, DateTime OpensAt, DateTime ClosesAt, string Actor, string? NameSr = null, string? NameEn = null)
{
    public ElectionName Names => new(Name, string.IsNullOrWhiteSpace(NameSr) ? Name : NameSr, string.IsNullOrWhiteSpace(NameEn) ? Name : NameEn);
}

/// <summary>Messages are text keys (<see cref="TextMessage"/>); a message with values in it gets them from the failure's state.</summary>
public sealed class CreateElectionValidator : AbstractValidator<CreateElectionCommand>
{
    public const int NameMaxLength = ElectionName.MaxLength;
    public const string NameRequired = "Election_NameRequired";
    public const string NameTooLong = "Election_NameTooLong";
    public const string KindUnknown = "Election_KindUnknown";
    public const string DayNotSunday = "Election_DayNotSunday";
    public const string ClosesBeforeOpens = "Election_ClosesBeforeOpens";
    public const string ClosesAfterElectionDay = "Election_ClosesAfterElectionDay";

    public CreateElectionValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(NameRequired)
            .MaximumLength(NameMaxLength).WithMessage(NameTooLong).WithState(_ => NameMaxLength);
        RuleFor(c => c.NameSr).MaximumLength(NameMaxLength).WithMessage(NameTooLong).WithState(_ => NameMaxLength);
        RuleFor(c => c.NameEn).MaximumLength(NameMaxLength).WithMessage(NameTooLong).WithState(_ => NameMaxLength);
        RuleFor(c => c.Kind).IsInEnum().WithMessage(KindUnknown);
        RuleFor(c => c.ElectionDay).Must(Election.IsSunday).WithMessage(DayNotSunday).WithState(c => new object[] { c.ElectionDay });
        RuleFor(c => c.ClosesAt).GreaterThan(c => c.OpensAt).WithMessage(ClosesBeforeOpens);
        RuleFor(c => c.ClosesAt)
            .Must((c, closes) => closes < c.ElectionDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .WithMessage(ClosesAfterElectionDay);
    }
}

/// <summary>Creates an election; only one election may accept applications at a time, so registration windows may not overlap.</summary>
public sealed class CreateElection(IElectionsDbFactory dbFactory, IAuditLog audit, IValidator<CreateElectionCommand> validator)
{
    public const string Overlaps = "Election_Overlaps";

    public async Task<Outcome<Election>> HandleAsync(CreateElectionCommand command, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome<Election>.From(validation);
        }

        var election = Election.Create(command.Names, command.Kind, command.ElectionDay, command.OpensAt, command.ClosesAt);
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var overlapping = await db.Elections
            .Where(e => e.OpensAt < election.ClosesAt && election.OpensAt < e.ClosesAt)
            .Select(e => e.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            return Outcome<Election>.Failure(Overlaps, overlapping);
        }

        db.Elections.Add(election);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.ElectionCreated, Details: $"{election.Id} {election.Name} / {election.NameSr} / {election.NameEn} {election.Kind} day={election.ElectionDay:yyyy-MM-dd} opens={election.OpensAt:O} closes={election.ClosesAt:O}"),
            cancellationToken);
        return Outcome<Election>.Ok(election);
    }
}
