namespace OutreachRouting.Engine.Rota;

public enum RotaStopKind
{
    Visit,
    Session,
    Break,
}
