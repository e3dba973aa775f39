namespace KosovoElections.Domain.Elections;

internal static class CountryCodes
{
    /// <summary>Two capital letters, and not Kosovo's XK: the shape of a country abroad (the Application layer checks the list).</summary>
    public static bool IsAbroad(string code) =>
        code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && code != "XK";
}
