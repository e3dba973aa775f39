namespace KosovoElections.Application.Common;

/// <summary>The expected result of a use case: success, or the errors a person should read (not exceptions).</summary>
public sealed record Outcome(IReadOnlyList<string> Errors)
{
    public static Outcome Success { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static Outcome Failure(params string[] errors) => new(errors);

    public static Outcome From(FluentValidation.Results.ValidationResult result) =>
        result.IsValid ? Success : new(result.Errors.Select(e => e.ErrorMessage).ToArray());
}

/// <summary>An <see cref="Outcome"/> that carries a value when it succeeded.</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Failure(params string[] errors) => new(default, errors);

    public static Outcome<T> From(FluentValidation.Results.ValidationResult result) =>
        new(default, result.Errors.Select(e => e.ErrorMessage).ToArray());
}
