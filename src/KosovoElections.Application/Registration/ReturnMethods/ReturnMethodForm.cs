using KosovoElections.Domain.Elections;

namespace KosovoElections.Application.Registration.ReturnMethods;

/// <summary>What the applicant picks on the ballot-return page: a method and, for voting in person, the mission.</summary>
public sealed class ReturnMethodForm
{
    public ReturnMethod? Method { get; set; }

    public Guid? MissionId { get; set; }
}
