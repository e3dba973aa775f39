using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Administration.Elections;

public sealed record ChangeMissionCapacityCommand(Guid ElectionId, Guid MissionId, int Capacity, string Actor);

/// <summary>
/// Changes how many voters a diplomatic mission takes. The capacity never goes below the places already taken (held by
/// drafts, submitted or approved): the change is one conditional UPDATE on the mission's row, the same row an
/// applicant's reservation updates, so an admin lowering it and an applicant taking a place are ordered by the database
/// and the later one sees the other's result.
/// </summary>
public sealed class ChangeMissionCapacity(IElectionsDbFactory dbFactory, IAuditLog audit)
{
    public const string NoMission = "Election_MissionNotFound";
    public const string BelowTaken = "Election_MissionCapacityBelowTaken";

    public async Task<Outcome<DiplomaticMission>> HandleAsync(ChangeMissionCapacityCommand command, CancellationToken cancellationToken = default)
    {
        if (command.Capacity < 1)
        {
            return Outcome<DiplomaticMission>.Failure(AddMissionValidator.CapacityTooSmall);
        }

        await using var db = await dbFactory.OpenAsync(cancellationToken);
        var before = await db.Missions.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Id == command.MissionId && m.ElectionId == command.ElectionId, cancellationToken);
        if (before is null)
        {
            return Outcome<DiplomaticMission>.Failure(NoMission);
        }

        var changed = await db.Missions
            .Where(m => m.Id == command.MissionId && m.Reserved <= command.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Capacity, command.Capacity), cancellationToken);
        var now = await db.Missions.AsNoTracking().SingleAsync(m => m.Id == command.MissionId, cancellationToken);
        if (changed == 0)
        {
            return Outcome<DiplomaticMission>.Failure(BelowTaken, now.Reserved, command.Capacity);
        }

        await audit.AppendAsync(
            new AuditEntry(ActorKind.Staff, command.Actor, AuditActions.Administration.MissionCapacityChanged,
                Details: $"{command.ElectionId} mission={now.Id} capacity={before.Capacity}->{now.Capacity} taken={now.Reserved}"),
            cancellationToken);
        return Outcome<DiplomaticMission>.Ok(now);
    }
}
