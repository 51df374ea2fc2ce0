namespace OutreachRouting.Contracts.Errors;

[GenerateSerializer]
public sealed class NotFoundException(string message) : Exception(message);
