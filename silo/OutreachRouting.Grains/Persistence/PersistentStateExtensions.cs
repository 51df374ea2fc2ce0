namespace OutreachRouting.Grains.Persistence;

public static class PersistentStateExtensions
{
    /// <summary>Applies a change and writes it; if the write fails, the grain goes back to what is stored, so nothing is half-written.</summary>
    public static async Task PersistAsync<TState>(this IPersistentState<TState> state, Action<TState> change)
    {
        change(state.State);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }
}
