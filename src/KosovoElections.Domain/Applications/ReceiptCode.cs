namespace KosovoElections.Domain.Applications;

/// <summary>
/// The registration receipt's code (SPEC §1): the voter puts it into the ballot package, and the count checks it.
/// Ten characters of a <see cref="CheckedCode"/> shown as two groups of five ("7KQ2M-X9TRD"): about 2.6 × 10¹³ codes,
/// so a guessed one is worthless, and a unique index keeps each one to one voter.
/// </summary>
public static class ReceiptCode
{
    private const int Body = 9;

    public static string New()
    {
        var code = CheckedCode.New(Body);
        return $"{code[..5]}-{code[5..]}";
    }

    /// <summary>The canonical form of what someone typed (case, spaces and hyphens forgiven), or null when it is not a receipt code.</summary>
    public static string? Normalize(string? typed)
    {
        var compact = CheckedCode.Compact(typed);
        return compact.Length == Body + 1 && CheckedCode.Checks(compact) ? $"{compact[..5]}-{compact[5..]}" : null;
    }
}
