namespace OutreachRouting.Tests.Infrastructure;

/// <summary>A theory that needs a real PostgreSQL server; skipped like <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresFactAttribute.SkipReason;
}
