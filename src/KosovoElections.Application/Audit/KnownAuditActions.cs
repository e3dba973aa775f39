using System.Reflection;
using KosovoElections.Domain;

namespace KosovoElections.Application.Audit;

/// <summary>Who acts, as <see cref="AuditActions"/> groups its actions; the audit page's select shows one group each.</summary>
[ShownToPeople]
public enum AuditActionGroup
{
    Applicant,
    Staff,
    Administration,
    System,
}

/// <summary>Every action of the <see cref="AuditActions"/> catalogue with its group, read once from the constants themselves.</summary>
public static class KnownAuditActions
{
    public static IReadOnlyList<(AuditActionGroup Group, string Action)> All { get; } =
        typeof(AuditActions).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Enum.Parse<AuditActionGroup>(t.Name), (string)f.GetRawConstantValue()!)))
            .OrderBy(a => a.Item1).ThenBy(a => a.Item2, StringComparer.Ordinal)
            .ToList();
}
