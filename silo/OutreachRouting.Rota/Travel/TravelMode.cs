namespace OutreachRouting.Rota.Travel;

public enum TravelMode
{
    Walking,
    Cycling,
    PublicTransport,
}
