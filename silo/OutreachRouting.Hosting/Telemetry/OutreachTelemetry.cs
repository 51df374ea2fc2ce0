using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OutreachRouting.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for every host: Orleans' and ASP.NET Core's meters and activity sources and the .NET runtime,
/// exported by OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and to the console only when Telemetry:Console asks.
/// </summary>
public static class OutreachTelemetry
{
    public static readonly string[] Meters = ["Microsoft.Orleans", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Microsoft.AspNetCore"];

    public static IHostApplicationBuilder AddOutreachTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var section = builder.Configuration.GetSection("Telemetry");
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        // Off by default: the dumps would bury the host's own messages (thousands of lines an hour).
        var console = !otlp && section.GetValue<bool>("Console");

        // Every grain call is a span: on the console a sample is plenty, and the ratio is configurable.
        var traceRatio = section.GetValue("TraceSampleRatio", otlp ? 1.0 : 0.01);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddRuntimeInstrumentation();
                if (console)
                {
                    metrics.AddConsoleExporter((_, reader) =>
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = section.GetValue("ConsoleMetricsIntervalMs", 300_000));
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(ActivitySources).SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(traceRatio)));
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            });

        if (otlp)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
