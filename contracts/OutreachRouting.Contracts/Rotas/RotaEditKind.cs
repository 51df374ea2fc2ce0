namespace OutreachRouting.Contracts.Rotas;

public enum RotaEditKind
{
    Pin,
    Move,
    Add,
    Remove,
}
