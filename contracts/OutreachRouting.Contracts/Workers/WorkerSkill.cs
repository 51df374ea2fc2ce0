namespace OutreachRouting.Contracts.Workers;

public enum WorkerSkill
{
    HealthPromotion,

    /// <summary>Trained to run clinic-in-a-box testing; testing visits need it.</summary>
    ClinicInABoxTesting,
    PepPrep,
}
