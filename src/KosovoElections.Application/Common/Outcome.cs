namespace KosovoElections.Application.Common;

/// <summary>
/// A text for people, never a sentence: a key of the site's texts (<c>Resources/Text*.resx</c>) and the values of its
/// placeholders. A page shows it in the reader's language; an operator command prints its English text.
/// </summary>
public sealed record TextMessage(string Key, params object[] Arguments)
{
    /// <summary>A validator's failure: its message is the key, its state (one value, or an array of them) the arguments.</summary>
    public static TextMessage From(FluentValidation.Results.ValidationFailure failure) =>
        new(failure.ErrorMessage, failure.CustomState switch
        {
            null => [],
            object[] values => values,
            var value => [value],
        });

    public override string ToString() => Arguments.Length == 0 ? Key : $"{Key} [{string.Join(", ", Arguments)}]";
}

/// <summary>The expected result of a use case that succeeds or is refused: the refusals are texts for people, not exceptions.</summary>
public sealed record Outcome(IReadOnlyList<TextMessage> Errors)
{
    public static Outcome Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static Outcome Failure(string key, params object[] arguments) => new([new TextMessage(key, arguments)]);

    public static Outcome From(FluentValidation.Results.ValidationResult result) =>
        result.IsValid ? Success : new(result.Errors.Select(TextMessage.From).ToArray());
}

/// <summary>An <see cref="Outcome"/> that carries a value when it succeeded.</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<TextMessage> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Failure(string key, params object[] arguments) => new(default, [new TextMessage(key, arguments)]);

    public static Outcome<T> From(FluentValidation.Results.ValidationResult result) =>
        new(default, result.Errors.Select(TextMessage.From).ToArray());
}
