namespace OutreachRouting.Contracts.Workers;

public enum AbsenceKind
{
    Leave,
    Sickness,
    Training,
    Other,
}
