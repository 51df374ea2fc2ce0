namespace OutreachRouting.Grains.Sessions;

/// <summary>The rules a fixed session definition must keep.</summary>
public static class FixedSessionRules
{
    /// <exception cref="Contracts.Errors.ValidationException">Listing every rule the definition breaks.</exception>
    public static void Validate(FixedSessionDefinition? definition)
    {
        var errors = new ErrorList();
        if (definition is null)
        {
            errors.Add("session", "must not be empty");
            errors.ThrowIfAny();
            return;
        }

        errors.Text(definition.Name, "name", 200);
        errors.Defined(definition.Kind, "kind");
        errors.Require(OutreachKeys.IsValidLocalId(definition.VenueId), "venueId", "must be the id of the venue where the session happens");
        errors.Windows(definition.Slot is null ? null : [definition.Slot], "slot");
        errors.Require(definition.WorkersNeeded is >= 1 and <= 4, "workersNeeded", "must be between 1 and 4");
        errors.Skills(definition.RequiredSkills, "requiredSkills");
        errors.Languages(definition.Languages, "languages");
        errors.Require(definition.Partner is null || definition.Partner.Trim().Length is > 0 and <= 100, "partner", "must be a name of at most 100 characters, or absent");
        errors.Require(definition.Mediator is null || definition.Mediator.Trim().Length is > 0 and <= 100, "mediator", "must be a description of at most 100 characters, or absent");
        errors.Defined(definition.Status, "status");
        errors.ThrowIfAny();
    }
}
