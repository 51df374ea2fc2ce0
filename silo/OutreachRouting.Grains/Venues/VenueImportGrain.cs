namespace OutreachRouting.Grains.Venues;

public sealed class VenueImportGrain : Grain, IVenueImportGrain
{
    public const int MaxItems = 5_000;

    private string Team => this.GetPrimaryKeyString();

    public async Task<IReadOnlyList<string>> ImportAsync(IReadOnlyList<VenueImportItem> items)
    {
        if (items.Count is 0 or > MaxItems)
        {
            throw new ValidationException([new FieldError("features", $"an import holds 1 to {MaxItems} venues, not {items.Count}")]);
        }

        var errors = await CheckAsync(items);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var created = new List<string>();
        try
        {
            foreach (var chunk in items.Chunk(32))
            {
                await Task.WhenAll(chunk.Select(async item =>
                {
                    await Venue(item.Id).CreateAsync(item.Definition);
                    lock (created)
                    {
                        created.Add(item.Id);
                    }
                }));
            }
        }
        catch
        {
            await Task.WhenAll(created.Select(id => Venue(id).DiscardNewAsync()));
            throw;
        }

        return [.. items.Select(i => i.Id)];
    }

    public async Task<IReadOnlyList<FieldError>> CheckAsync(IReadOnlyList<VenueImportItem> items)
    {
        var errors = new List<FieldError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var fresh = new List<VenueImportItem>();
        foreach (var item in items)
        {
            if (!OutreachKeys.IsValidLocalId(item.Id))
            {
                errors.Add(new FieldError($"{item.Source}.id", "must be 1 to 64 lower-case letters, digits, hyphens or underscores"));
            }
            else if (!seen.TryAdd(item.Id, item.Source))
            {
                errors.Add(new FieldError($"{item.Source}.id", $"'{item.Id}' is also the id of {seen[item.Id]}"));
            }
            else
            {
                fresh.Add(item);
            }

            try
            {
                VenueRules.Validate(item.Id, item.Definition);
            }
            catch (ValidationException invalid)
            {
                errors.AddRange(invalid.Errors.Select(e => e with { Field = $"{item.Source}.{e.Field}" }));
            }
        }

        var existing = await Task.WhenAll(fresh.Select(async item => (item, exists: await Venue(item.Id).GetAsync() is not null)));
        errors.AddRange(existing.Where(e => e.exists).Select(e => new FieldError($"{e.item.Source}.id", $"venue '{e.item.Id}' exists already in team '{Team}'")));
        return errors;
    }

    private IVenueGrain Venue(string id) => GrainFactory.GetGrain<IVenueGrain>(OutreachKeys.For(Team, id));
}
