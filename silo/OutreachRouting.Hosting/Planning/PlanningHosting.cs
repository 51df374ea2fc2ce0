using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachRouting.Grains.Rotas;

namespace OutreachRouting.Hosting.Planning;

public static class PlanningHosting
{
    /// <summary>The silo's planning cores (<see cref="PlanningSlots"/>), capped by <see cref="PlanningOptions"/>, checked before the host starts.</summary>
    public static IHostApplicationBuilder AddOutreachPlanning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlanningOptions>()
            .Bind(builder.Configuration.GetSection(PlanningOptions.Section))
            .Validate(
                o => o.MaxConcurrentCores >= 1 && o.MaxConcurrentCores <= Environment.ProcessorCount,
                $"{PlanningOptions.Section}:{nameof(PlanningOptions.MaxConcurrentCores)} must be from 1 to the machine's {Environment.ProcessorCount} cores.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => new PlanningSlots(
            services.GetRequiredService<IOptions<PlanningOptions>>().Value.MaxConcurrentCores, services.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
