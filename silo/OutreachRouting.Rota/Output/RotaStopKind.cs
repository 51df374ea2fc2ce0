namespace OutreachRouting.Rota;

public enum RotaStopKind
{
    Visit,
    Session,
    Break,
}
