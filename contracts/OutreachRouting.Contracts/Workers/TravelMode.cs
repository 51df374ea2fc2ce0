namespace OutreachRouting.Contracts.Workers;

public enum TravelMode
{
    Walking,
    Cycling,
    PublicTransport,
}
