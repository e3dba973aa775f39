namespace KosovoElections.EndToEndTests.Performance;

/// <summary>
/// A measurement rather than a test of the normal suite: it runs only with <see cref="Switch"/>=1 in the environment
/// (docs/performance.md), since it takes minutes on a throttled connection and its numbers are for people to read.
/// </summary>
public sealed class Fast3GFactAttribute : FactAttribute
{
    public const string Switch = "KOSOVO_MEASURE_FAST3G";

    public Fast3GFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"A measurement: set {Switch}=1 to run it (docs/performance.md).";
        }
    }
}
