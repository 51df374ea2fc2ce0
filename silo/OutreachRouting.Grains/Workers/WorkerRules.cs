using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Grains.Workers;

/// <summary>The rules a worker definition must keep.</summary>
public static class WorkerRules
{
    /// <exception cref="Contracts.Errors.ValidationException">Listing every rule the definition breaks.</exception>
    public static void Validate(WorkerDefinition? definition)
    {
        var errors = new ErrorList();
        if (definition is null)
        {
            errors.Add("worker", "must not be empty");
            errors.ThrowIfAny();
            return;
        }

        errors.Text(definition.DisplayName, "displayName", 100);
        errors.Require(OutreachKeys.IsValidLocalId(definition.BaseVenueId), "baseVenueId", "must be the id of the clinic the worker starts from");
        errors.Skills(definition.Skills, "skills");
        errors.Languages(definition.Languages, "languages");
        errors.Require(double.IsFinite(definition.ContractedHoursPerWeek) && definition.ContractedHoursPerWeek is > 0 and <= 60,
            "contractedHoursPerWeek", "must be more than 0 and at most 60 hours");
        errors.Windows(definition.Availability, "availability");
        if (definition.Absences is null)
        {
            errors.Add("absences", "must be a list, possibly empty");
        }
        else
        {
            for (var i = 0; i < definition.Absences.Count; i++)
            {
                var absence = definition.Absences[i];
                errors.Require(absence is not null && absence.From <= absence.To, $"absences[{i}].to", "must not be before the first day away");
                if (absence is not null)
                {
                    errors.Defined(absence.Kind, $"absences[{i}].kind");
                }
            }
        }

        errors.Defined(definition.TravelMode, "travelMode");
        errors.Defined(definition.Status, "status");
        errors.ThrowIfAny();
    }
}
