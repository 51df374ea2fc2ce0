namespace OutreachRouting.Contracts.Errors;

/// <summary>The request contradicts what is stored (creating what already exists).</summary>
[GenerateSerializer, Alias("outreach.ConflictException")]
public sealed class ConflictException(string message) : Exception(message);
