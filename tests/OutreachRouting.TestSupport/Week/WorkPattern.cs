namespace OutreachRouting.TestSupport.Week;

/// <summary>When in the week a worker usually works.</summary>
internal enum WorkPattern
{
    /// <summary>Weekday office hours.</summary>
    Day,

    /// <summary>Evenings into the night, Thursday to Saturday and perhaps one more.</summary>
    Night,

    /// <summary>Days early in the week, nights late in it.</summary>
    Mixed,
}
