namespace OutreachRouting.Routing.Solutions;

public enum StopKind
{
    Job,

    /// <summary>One of the vehicle's own <see cref="Model.Vehicle.Breaks"/>.</summary>
    Break,
}
