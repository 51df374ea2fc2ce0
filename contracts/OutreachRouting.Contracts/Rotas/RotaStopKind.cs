namespace OutreachRouting.Contracts.Rotas;

public enum RotaStopKind
{
    Visit,
    Session,
    Break,
}
