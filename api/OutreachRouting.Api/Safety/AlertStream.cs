using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Api.Safety;

/// <summary>
/// One open event stream: an observer of the team's alert grain, renewed before its subscription lapses, whose
/// events are written out as they come, with a heartbeat while none do (so that proxies keep the connection).
/// </summary>
public static class AlertStream
{
    public const string HeartbeatEvent = "heartbeat";
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(60);

    public static async IAsyncEnumerable<SseItem<object>> FollowAsync(
        ITeamSafetyGrain team, IGrainFactory grains, long? after, Func<AlertEvent, bool> visible, TimeProvider time,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var listener = new Listener();
        var reference = grains.CreateObjectReference<IAlertObserver>(listener);
        try
        {
            // Subscribed before reading what came before, so that nothing falls between the two.
            await team.SubscribeAsync(reference);
            var renewed = time.GetUtcNow();
            var sent = after ?? 0;
            foreach (var e in await team.GetStreamStartAsync(after))
            {
                sent = Math.Max(sent, e.Sequence);
                if (visible(e))
                    yield return Item(e);
            }

            while (!cancellationToken.IsCancellationRequested)
            {
                var next = await listener.ReadAsync(Heartbeat, cancellationToken);
                if (time.GetUtcNow() - renewed >= Renewal)
                {
                    await team.SubscribeAsync(reference);
                    renewed = time.GetUtcNow();
                }

                if (next is null)
                {
                    yield return new SseItem<object>(new { at = time.GetUtcNow() }, HeartbeatEvent);
                }
                else if (next.Sequence > sent)
                {
                    sent = next.Sequence;
                    if (visible(next))
                        yield return Item(next);
                }
            }
        }
        finally
        {
            await team.UnsubscribeAsync(reference);
            grains.DeleteObjectReference<IAlertObserver>(reference);
        }
    }

    private static SseItem<object> Item(AlertEvent e) =>
        new(e, WireNames.Of(e.Kind)) { EventId = e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private sealed class Listener : IAlertObserver
    {
        // A listener that falls this far behind loses the oldest; its Last-Event-ID reconnect catches up.
        private readonly Channel<AlertEvent> events = Channel.CreateBounded<AlertEvent>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

        public Task OnAlertAsync(AlertEvent alertEvent)
        {
            events.Writer.TryWrite(alertEvent);
            return Task.CompletedTask;
        }

        /// <summary>The next event, or null when none came within <paramref name="wait"/>.</summary>
        public async Task<AlertEvent?> ReadAsync(TimeSpan wait, CancellationToken cancellationToken)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(wait);
            try
            {
                return await events.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
