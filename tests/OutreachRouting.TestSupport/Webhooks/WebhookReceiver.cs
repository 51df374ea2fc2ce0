using System.Text.Json;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutreachRouting.TestSupport.Webhooks;

/// <summary>A real HTTP receiver on a loopback port, keeping every webhook request it is sent; the first few can be made to fail.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int failuresLeft;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Urls"] = "http://127.0.0.1:0";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.Requests.Enqueue(new Received(
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray(), DateTimeOffset.UtcNow));
            return Interlocked.Decrement(ref receiver.failuresLeft) >= 0 ? Results.StatusCode(500) : Results.NoContent();
        });
        await app.StartAsync();
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        return receiver;
    }

    /// <summary>The next <paramref name="count"/> requests are answered 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref failuresLeft, count);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset At)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
