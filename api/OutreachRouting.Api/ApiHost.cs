using Microsoft.Extensions.DependencyInjection.Extensions;
using OutreachRouting.Api.Demo;
using OutreachRouting.Api.Me;
using OutreachRouting.Api.OpenApi;
using OutreachRouting.Api.Rotas;
using OutreachRouting.Api.Safety;
using OutreachRouting.Api.Sessions;
using OutreachRouting.Api.Venues;
using OutreachRouting.Api.Visits;
using OutreachRouting.Api.Workers;
using OutreachRouting.Hosting;
using OutreachRouting.Hosting.Health;
using Scalar.AspNetCore;

namespace OutreachRouting.Api;

public static class ApiHost
{
    /// <summary>
    /// The API: co-hosting a silo by default (one machine), or, with Orleans:Gateways set, an Orleans client of a
    /// separate silo cluster.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{OutreachOptions.Section}:Gateways"]))
        {
            builder.AddOutreachSilo("outreach-api");
        }
        else
        {
            builder.AddOutreachClient("outreach-api");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddOutreachIdentity();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(CalendarSecrets.From(builder.Configuration, builder.Environment));

        // Unreadable bodies and query values reach DomainExceptionHandler, which names the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => OutreachJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>().AddSchemaTransformer<WireFormatSchemaTransformer>());
        if (builder.Configuration.GetValue<bool>("Demo:Seed"))
        {
            builder.Services.AddHostedService<DemoSeeder>();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapScalarApiReference("/reference", o => o.WithTitle("OutreachRouting API").AddPreferredSecuritySchemes("Bearer"));
        app.MapOutreachHealth();
        app.MapVenues();
        app.MapWorkers();
        app.MapSessions();
        app.MapRotas();
        app.MapVisits();
        app.MapMe();
        app.MapCalendar();
        app.MapCheckIns();
        app.MapAlerts();
        return app;
    }
}
