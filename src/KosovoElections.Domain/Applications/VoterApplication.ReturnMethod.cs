using KosovoElections.Domain.Elections;

namespace KosovoElections.Domain.Applications;

/// <summary>The ballot return method of an application, and the hold on a diplomatic mission's place.</summary>
public sealed partial class VoterApplication
{
    /// <summary>How long a draft holds a mission place before it must apply (APLIKO) or let the next applicant have it.</summary>
    public static readonly TimeSpan MissionHoldPeriod = TimeSpan.FromHours(24);

    /// <summary>
    /// Records how the ballot comes back. The in-person method needs the mission whose place was reserved; a postal
    /// method needs none and clears the mission (the caller releases its place).
    /// </summary>
    public void ChooseReturnMethod(ReturnMethod method, DateTime nowUtc, Guid? missionId = null)
    {
        EnsureMayChange(ApplicationStep.ReturnMethod);
        if (!Enum.IsDefined(method))
        {
            throw new DomainException($"{method} is not a ballot return method.");
        }

        if (method == Elections.ReturnMethod.DiplomaticMission && missionId is null)
        {
            throw new DomainException("Voting at a diplomatic mission needs the mission.");
        }

        if (method != Elections.ReturnMethod.DiplomaticMission && missionId is not null)
        {
            throw new DomainException("Only voting at a diplomatic mission goes with a mission.");
        }

        // A new mission place is held for a draft only; choosing the same mission again does not extend the hold, and an
        // applicant asked for corrections has already applied.
        MissionHeldUntil = missionId is null || Status != ApplicationStatus.Draft ? null
            : missionId == MissionId ? MissionHeldUntil
            : nowUtc + MissionHoldPeriod;
        ReturnMethod = method;
        MissionId = missionId;
        LapsedMissionId = null;
        Touch(nowUtc);
    }

    /// <summary>
    /// Gives up the mission place of a draft whose hold has run out: the return method must be chosen again. Returns the
    /// mission whose place the caller gives back, or null when there is nothing to give back.
    /// </summary>
    public Guid? ReleaseExpiredMissionHold(DateTime nowUtc)
    {
        if (Status != ApplicationStatus.Draft || MissionHeldUntil is not { } until || until > nowUtc)
        {
            return null;
        }

        var mission = MissionId;
        (ReturnMethod, MissionId, MissionHeldUntil, LapsedMissionId) = (null, null, null, mission);
        Touch(nowUtc);
        return mission;
    }
}
