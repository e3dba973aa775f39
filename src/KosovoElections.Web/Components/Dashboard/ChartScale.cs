namespace KosovoElections.Web.Components.Dashboard;

/// <summary>One bar or point of a chart: what the reader sees beside it and its count.</summary>
public sealed record ChartBar(string Label, int Count);

/// <summary>The arithmetic the server-rendered charts share; numbers are written invariantly, as SVG needs them.</summary>
public static class ChartScale
{
    /// <summary>The top of an axis: the smallest 1, 2 or 5 × 10ⁿ at or above <paramref name="largest"/> (at least 1).</summary>
    public static int Top(int largest)
    {
        for (var power = 1; ; power *= 10)
        {
            foreach (var step in (int[])[1, 2, 5])
            {
                if (step * power >= largest)
                {
                    return step * power;
                }
            }
        }
    }

    /// <summary><paramref name="count"/>'s share of <paramref name="length"/> on an axis that ends at <paramref name="top"/>.</summary>
    public static double Along(int count, int top, double length) => top == 0 ? 0 : count * length / top;

    public static string Number(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A label cut to what the chart's width holds; the table beside it has the whole name.</summary>
    public static string Shortened(string label, int characters) =>
        label.Length <= characters ? label : string.Concat(label.AsSpan(0, characters - 1).TrimEnd(), "…");
}
