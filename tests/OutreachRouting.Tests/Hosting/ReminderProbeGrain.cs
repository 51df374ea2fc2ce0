namespace OutreachRouting.Tests.Hosting;

[Alias("outreach-tests.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("RegisterAsync")]
    Task RegisterAsync(string name, TimeSpan period);

    [Alias("ListAsync")]
    Task<IReadOnlyList<string>> ListAsync();

    [Alias("UnregisterAsync")]
    Task UnregisterAsync(string name);
}

/// <summary>A grain that only registers reminders, to exercise the reminder table's SQL contract on PostgreSQL.</summary>
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public Task RegisterAsync(string name, TimeSpan period) => this.RegisterOrUpdateReminder(name, period, period);

    public async Task<IReadOnlyList<string>> ListAsync() => [.. (await this.GetReminders()).Select(r => r.ReminderName).Order()];

    public async Task UnregisterAsync(string name) => await this.UnregisterReminder((await this.GetReminder(name))!);

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
