using OutreachRouting.Client.Http;
using OutreachRouting.Contracts.Schedules;
using OutreachRouting.Contracts.Workers;

namespace OutreachRouting.Client;

public sealed partial class OutreachClient
{
    /// <summary>The signed-in worker's shifts that touch today, London time, marked against what they acknowledged.</summary>
    public Task<ScheduleView> GetMyDayAsync(string team, CancellationToken cancellationToken = default) =>
        channel.SendAsync<ScheduleView>(new HttpRequestMessage(HttpMethod.Get, Me(team, "today")), cancellationToken);

    /// <summary>The signed-in worker's shifts of an ISO week ("2026-W49"; this week when null).</summary>
    public Task<ScheduleView> GetMyWeekAsync(string team, string? week = null, CancellationToken cancellationToken = default) =>
        channel.SendAsync<ScheduleView>(new HttpRequestMessage(HttpMethod.Get, Me(team, "week") + new QueryString().Add("week", week)), cancellationToken);

    /// <summary>Says the worker has read <paramref name="version"/> of the week's rota; an older version than the newest is a 409.</summary>
    public Task<RotaWeekStatus> AcknowledgeRotaAsync(string team, string week, int version, CancellationToken cancellationToken = default) =>
        channel.SendAsync<RotaWeekStatus>(
            new HttpRequestMessage(HttpMethod.Post, Me(team, "acknowledge")) { Content = ApiChannel.Json(new Acknowledgement(week, version)) }, cancellationToken);

    private static string Me(string team, string path) => $"teams/{Uri.EscapeDataString(team)}/me/{path}";
}
