namespace OutreachRouting.Contracts.Safety;

public enum AlertKind
{
    /// <summary>The shift began and its worker has not checked in.</summary>
    MissedCheckIn,

    /// <summary>The worker checked in at a stop and has not checked in at the next one.</summary>
    MissedStopCheckIn,

    /// <summary>The shift ended and its worker has not checked out.</summary>
    MissedCheckOut,

    /// <summary>The worker raised the alarm.</summary>
    Alarm,
}
