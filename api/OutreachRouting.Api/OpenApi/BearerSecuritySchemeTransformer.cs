using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OutreachRouting.Api.OpenApi;

/// <summary>Declares the JWT bearer scheme and requires it on every operation under /teams.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT naming the role (admin, manager, worker, consumer), the teams, and for a worker the worker id.",
        };
        document.Info.Title = "OutreachRouting API";
        document.Info.Description = "Venues, workers and fixed sessions of sexual-health outreach teams. Errors are RFC 9457 problem details.";

        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/teams", StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
