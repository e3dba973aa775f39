using KosovoElections.Application.Audit;
using KosovoElections.Application.Common;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Audit;
using KosovoElections.Domain.Elections;
using KosovoElections.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace KosovoElections.Application.Registration.ReturnMethods;

/// <summary>The signed-in applicant picks how their ballot comes back.</summary>
public sealed record ChooseReturnMethodCommand(ApplicantIdentity Applicant, ReturnMethodForm Form);

public enum ReturnMethodSaveStatus
{
    Saved,

    /// <summary>No method was picked, or one the election does not offer.</summary>
    MethodMissing,

    /// <summary>Voting in person was picked without a mission of this election.</summary>
    MissionMissing,

    /// <summary>The last place at the mission was taken by someone else first: only the postal methods (or another mission) remain.</summary>
    MissionFull,

    /// <summary>No application the applicant may still change (submitted, or registration closed).</summary>
    NotEditable,
}

/// <summary>
/// Saves the ballot return method (SPEC §4 step 6) to the caller's own editable application. A mission place is
/// reserved with one conditional UPDATE in the same transaction as the application, so two applicants racing for the
/// last place cannot both get it; the place held before is given back when the applicant changes method or mission.
/// </summary>
public sealed class ChooseReturnMethod(IElectionsDbFactory dbFactory, IAuditLog audit, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<ReturnMethodSaveStatus> HandleAsync(ChooseReturnMethodCommand command, CancellationToken cancellationToken = default)
    {
        if (command.Form.Method is not { } method || !Enum.IsDefined(method))
        {
            return ReturnMethodSaveStatus.MethodMissing;
        }

        var mission = method == ReturnMethod.DiplomaticMission ? command.Form.MissionId : null;
        if (method == ReturnMethod.DiplomaticMission && mission is null)
        {
            return ReturnMethodSaveStatus.MissionMissing;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(command.Applicant, method, mission, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The same applicant saved from another tab meanwhile; everything here was rolled back, so look again.
            }
        }
    }

    private async Task<ReturnMethodSaveStatus> TryOnceAsync(ApplicantIdentity applicant, ReturnMethod method, Guid? mission, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.OpenAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = await db.EditableAsync(applicant, ApplicationStep.ReturnMethod, now, cancellationToken);
        if (application is null)
        {
            return ReturnMethodSaveStatus.NotEditable;
        }

        var election = await db.Elections.AsNoTracking().SingleAsync(e => e.Id == application.ElectionId, cancellationToken);
        if (!election.ReturnMethods().Contains(method))
        {
            return ReturnMethodSaveStatus.MethodMissing;
        }

        if (mission is { } id && !await db.Missions.AnyAsync(m => m.Id == id && m.ElectionId == election.Id, cancellationToken))
        {
            return ReturnMethodSaveStatus.MissionMissing;
        }

        var previous = application.MissionId;
        if (previous != mission && !await MovePlaceAsync(db, previous, mission, cancellationToken))
        {
            return ReturnMethodSaveStatus.MissionFull;
        }

        application.ChooseReturnMethod(method, now, mission);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(ActorKind.Applicant, PersonalNumber.Mask(applicant.PersonalNumber), AuditActions.Applicant.ReturnMethodChosen, application.Id,
                mission is null ? $"method={method}" : $"method={method} mission={mission}"),
            cancellationToken);
        return ReturnMethodSaveStatus.Saved;
    }

    /// <summary>
    /// Gives back the place at <paramref name="from"/> and takes one at <paramref name="to"/>; false when
    /// <paramref name="to"/> is full. The rows are touched in id order so two transactions never lock them crosswise.
    /// </summary>
    internal static async Task<bool> MovePlaceAsync(IElectionsDb db, Guid? from, Guid? to, CancellationToken cancellationToken)
    {
        var steps = new List<(Guid Mission, bool Take)>();
        if (from is { } released)
        {
            steps.Add((released, false));
        }

        if (to is { } taken)
        {
            steps.Add((taken, true));
        }

        foreach (var (mission, take) in steps.OrderBy(s => s.Mission))
        {
            var changed = take
                ? await db.Missions.Where(m => m.Id == mission && m.Reserved < m.Capacity)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reserved, m => m.Reserved + 1), cancellationToken)
                : await db.Missions.Where(m => m.Id == mission && m.Reserved > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reserved, m => m.Reserved - 1), cancellationToken);
            if (take && changed == 0)
            {
                return false;
            }
        }

        return true;
    }
}
