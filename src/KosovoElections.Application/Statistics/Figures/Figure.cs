namespace KosovoElections.Application.Statistics.Figures;

/// <summary>What a kept figure counts one election's sent applications by (docs/decisions/0020).</summary>
public enum Figure
{
    /// <summary>By status, a rejection awaiting its second review on its own; the key is the status's name.</summary>
    Status,

    /// <summary>By the ballot's return method chosen; the key is the method's name.</summary>
    ReturnMethod,

    /// <summary>By the country of the address abroad; the key is its ISO code.</summary>
    Country,

    /// <summary>By the applicant's municipality kept on the application; the key is its number.</summary>
    Municipality,

    /// <summary>Per UTC hour the application was sent, by channel (a paper one: when it was entered).</summary>
    Sent,

    /// <summary>Per UTC hour of the decision, the approvals and the rejections; the key is the outcome.</summary>
    Decided,
}
