using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// Declares the two ways to authenticate in the OpenAPI document — the session cookie and bearer personal access
/// tokens — and puts both as alternatives on every operation whose endpoint carries an authorisation policy.
/// </summary>
internal sealed class SecuritySchemes(Microsoft.Extensions.Options.IOptions<AuthOptions> options) : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Cookie = "cookie";
    public const string Bearer = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = options.Value.CookieName,
            Description = $"Session cookie from POST /api/account/login. Writes must also send the {options.Value.CsrfHeader} header.",
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Personal access token (POST /api/account/tokens or `users token`): Authorization: Bearer kl_…",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
        var document = context.Document;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] });
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).Distinct();
        operation.Description = $"{operation.Description}\n\nAuthorisation: policy {string.Join(", ", policies)}.".Trim();
        return Task.CompletedTask;
    }
}
