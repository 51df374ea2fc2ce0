namespace OutreachRouting.Rota.Travel;

/// <summary>The routing server could not give a matrix; the message says which request and why.</summary>
public sealed class RoutingServerException(string message, Exception? inner = null) : Exception(message, inner);
