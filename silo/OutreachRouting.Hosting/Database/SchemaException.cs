namespace OutreachRouting.Hosting.Database;

/// <summary>The database's schema cannot be used by this build; the message says why and what to do.</summary>
public sealed class SchemaException(string message) : Exception(message);
