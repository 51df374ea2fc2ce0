using Orleans.Concurrency;

namespace OutreachRouting.Contracts.Safety;

/// <summary>A live listener to a team's alerts (an open event stream), subscribed to <see cref="ITeamSafetyGrain"/>.</summary>
[Alias("outreach.IAlertObserver")]
public interface IAlertObserver : IGrainObserver
{
    [OneWay, Alias("OnAlertAsync")]
    Task OnAlertAsync(AlertEvent alertEvent);
}
