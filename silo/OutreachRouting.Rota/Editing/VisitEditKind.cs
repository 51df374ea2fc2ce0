namespace OutreachRouting.Rota.Editing;

public enum VisitEditKind
{
    /// <summary>Put the visit on a worker's shift on a day, and keep it there through re-plans.</summary>
    Pin,

    /// <summary>Put the visit on a worker's shift on a day; a re-plan may move it again.</summary>
    Move,

    /// <summary>An extra visit the venue is not due, pinned.</summary>
    Add,

    /// <summary>Take the visit out of the rota.</summary>
    Remove,
}
