namespace OutreachRouting.Engine.Travel;

public enum TravelMode
{
    Walking,
    Cycling,
    PublicTransport,
}
