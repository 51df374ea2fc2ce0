namespace OutreachRouting.Contracts.Errors;

[GenerateSerializer, Alias("outreach.NotFoundException")]
public sealed class NotFoundException(string message) : Exception(message);
