namespace OutreachRouting.Rota;

/// <summary>The engine's copy of a worker's trained skills (the contracts' enum lives where the engine cannot see it).</summary>
public enum WorkerSkill
{
    HealthPromotion,

    /// <summary>Runs clinic-in-a-box testing: testing visits need it.</summary>
    ClinicInABoxTesting,
    PepPrep,
}
