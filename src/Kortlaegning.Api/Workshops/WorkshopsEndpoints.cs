using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Api.Infrastructure.Security;
using Kortlaegning.Api.Ogc.Files;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Phase-1 mapping workshops (issue 8). Three kinds of caller: the facilitator (policy <see cref="Policies.Facilitator"/>
/// plus the workshop's secret in <c>X-Facilitator-Key</c>), participants (token from join in <c>X-Participant-Token</c>),
/// and screens that only read. The pages live in web/workshop/.
/// </summary>
public static class WorkshopsEndpoints
{
    public static void AddWorkshops(this IServiceCollection services)
    {
        services.AddOptions<WorkshopOptions>().BindConfiguration(WorkshopOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkshopOptions>, WorkshopOptionsValidator>();
        services.AddSingleton<WorkshopStore>();
        services.AddSingleton<WorkshopIndicatorImport>();
        services.AddSingleton<WorkshopEventStore>();
        services.AddSingleton<WorkshopBroadcaster>();
        services.AddHostedService<WorkshopEventListener>();
        services.AddSingleton<ParticipantRateLimiter>();
        services.AddSingleton<ParticipantDirectory>();
    }

    public static void MapWorkshops(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/workshops").WithTags("Workshops");

        g.MapPost("/", FacilitatorHandlers.Create).WithName("CreateWorkshop").RequireAuthorization(Policies.Facilitator)
            .WithSummary("Create a workshop; answers the join code and the facilitator key (shown once, stored hashed).");
        g.MapPost("/join", ParticipantHandlers.Join).WithName("JoinWorkshop").RequireRateLimiting(RateLimitPolicies.Join)
            .WithSummary("Join an open workshop with its code (no account; optional nickname); answers a participant token.");

        g.MapGet("/{id:guid}", ReadHandlers.Details).WithName("GetWorkshop")
            .WithSummary("Title, status, categories, focus areas and extent (GeoJSON, EPSG:4326); the join code only for the facilitator.");
        g.MapGet("/{id:guid}/annotations", ReadHandlers.Annotations).WithName("ListWorkshopAnnotations")
            .WithSummary("Items as a FeatureCollection: published ones; all with the facilitator key; 'mine' set for the token's own.")
            .Produces(200, contentType: GeoJsonText.MediaType);
        g.MapGet("/{id:guid}/events", WorkshopStream.Events).WithName("WorkshopEvents")
            .WithSummary("Live updates as Server-Sent Events; resume with Last-Event-ID.").Produces(200, contentType: "text/event-stream");
        g.MapGet("/{id:guid}/counts", ReadHandlers.Counts).WithName("WorkshopCounts")
            .WithSummary("Published items by category and by area and category; dots on areas.");
        g.MapGet("/{id:guid}/indicators", ReadHandlers.Indicators).WithName("WorkshopIndicators")
            .WithSummary("Counts as indicator rows: indicator=workshop.<kommunekode>.<category>, level, areaCode, period=<workshop date>, value.");
        // The policy is the first gate only: the import itself asks for facilitator or planner of the workshop's municipality.
        g.MapPost("/{id:guid}/indicators/import", ReadHandlers.ImportIndicators).WithName("ImportWorkshopIndicators")
            .RequireAuthorization(Policies.FacilitatorOrPlanner)
            .WithSummary("Import the counts as values of own indicators workshop.<kommunekode>.<category>, defined (named after the category) by the import; facilitator or planner of the workshop's municipality.");

        var p = g.MapGroup("/{id:guid}");
        p.MapGet("/me", ParticipantHandlers.Me).RequireParticipant(write: false).WithName("MyWorkshopVotes").WithSummary("The caller's dots and how many are left.");
        p.MapPost("/annotations", ParticipantHandlers.Add).RequireParticipant().WithName("AddWorkshopAnnotation")
            .WithSummary("Add a point, line or polygon with a category and text (valid, inside the extent + buffer, ≤ 1,000 vertices).")
            .Produces(201, contentType: GeoJsonText.MediaType).ProducesProblem(400).ProducesProblem(422);
        p.MapPatch("/annotations/{aid:long}", ParticipantHandlers.Edit).RequireParticipant().WithName("EditWorkshopAnnotation")
            .WithSummary("Change one's own item.").Produces(200, contentType: GeoJsonText.MediaType).ProducesProblem(422);
        p.MapDelete("/annotations/{aid:long}", ParticipantHandlers.Delete).RequireParticipant().WithName("DeleteWorkshopAnnotation")
            .WithSummary("Delete one's own item.");
        p.MapPost("/votes", ParticipantHandlers.Vote).RequireParticipant().WithName("VoteInWorkshop")
            .WithSummary("Put a dot on a published item or an area (limited dots each, one per target).");
        p.MapDelete("/votes/{vid:long}", ParticipantHandlers.Unvote).RequireParticipant().WithName("UnvoteInWorkshop")
            .WithSummary("Take a dot back.");

        var f = g.MapGroup("/{id:guid}").RequireAuthorization(Policies.Facilitator);
        f.MapPatch("/", FacilitatorHandlers.Update).RequireFacilitatorKey().WithName("UpdateWorkshop")
            .WithSummary("Change title, date, status (draft/open/closed), lock, dots per participant.");
        f.MapPut("/categories", FacilitatorHandlers.Categories).RequireFacilitatorKey().WithName("SetWorkshopCategories")
            .WithSummary("Replace the categories; a category still used by items cannot be removed (409).");
        f.MapPut("/annotations/{aid:long}/moderation", FacilitatorHandlers.Moderate).RequireFacilitatorKey().WithName("ModerateWorkshopAnnotation")
            .WithSummary("Set status (published/under_review/hidden) and/or category.").Produces(200, contentType: GeoJsonText.MediaType);
        f.MapPost("/annotations/{aid:long}/merge", FacilitatorHandlers.Merge).RequireFacilitatorKey().WithName("MergeWorkshopAnnotation")
            .WithSummary("Merge a duplicate into another item: it is hidden and its dots move.").Produces(200, contentType: GeoJsonText.MediaType);
        f.MapPost("/annotations/{aid:long}/facility", FacilitatorHandlers.ToFacility).RequireFacilitatorKey().WithName("WorkshopAnnotationToFacility")
            .WithSummary("Turn a meeting place or resource into a facility or candidate spot (201 with the new facility; 422 for other categories).")
            .ProducesProblem(400).ProducesProblem(422);
        f.MapGet("/qr.svg", FacilitatorHandlers.Qr).RequireFacilitatorKey().WithName("WorkshopQrCode")
            .WithSummary("QR code (SVG) of the join URL.").Produces(200, contentType: "image/svg+xml");
        f.MapGet("/export.geojson", WorkshopExports.GeoJson).RequireFacilitatorKey().WithName("ExportWorkshopGeoJson")
            .Produces(200, contentType: GeoJsonText.MediaType);
        foreach (var format in Enum.GetValues<GisFormat>())
        {
            f.MapGet("/export" + format.Suffix(), (Guid id, string? include, WorkshopStore store, GisFiles files, CancellationToken ct) =>
                    WorkshopGisExport.FileAsync(format, id, include, store, files, ct))
                .RequireFacilitatorKey().WithName("ExportWorkshop" + format)
                .WithSummary($"The items as a {format} file in EPSG:25832 (points, lines and areas as drawn; blurred categories as stored).")
                .Produces(200, contentType: format.MediaType()).ProducesProblem(400).ProducesProblem(404);
        }
        f.MapGet("/export.csv", WorkshopExports.Csv).RequireFacilitatorKey().WithName("ExportWorkshopCsv").Produces(200, contentType: "text/csv");
        f.MapGet("/summary.html", (Guid id, WorkshopStore store, CancellationToken ct) => WorkshopExports.Summary(id, "html", store, ct))
            .RequireFacilitatorKey().WithName("WorkshopSummaryHtml").Produces(200, contentType: "text/html");
        f.MapGet("/summary.md", (Guid id, WorkshopStore store, CancellationToken ct) => WorkshopExports.Summary(id, "md", store, ct))
            .RequireFacilitatorKey().WithName("WorkshopSummaryMarkdown").Produces(200, contentType: "text/markdown");

        if (app is IApplicationBuilder pipeline) ServePages(pipeline);
    }

    /// <summary>
    /// The workshop pages (web/workshop/) at /workshop, and Leaflet's dist folder at /vendor/leaflet unless the planner
    /// map already serves it. Static files only.
    /// </summary>
    private static void ServePages(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<KortlaegningOptions>>().Value;
        var root = PathResolver.FindDirectory(options.WebRoot);
        if (root is null) return;
        var pages = Path.Combine(root, "workshop");
        if (Directory.Exists(pages))
        {
            var files = new PhysicalFileProvider(pages);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/workshop" });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/workshop" });
        }
        // The planner map (web/public) serves /vendor/leaflet itself; this covers a checkout without it.
        var leaflet = Path.Combine(root, "node_modules", "leaflet", "dist");
        if (Directory.Exists(leaflet) && !File.Exists(Path.Combine(root, "public", "index.html")))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(leaflet), RequestPath = "/vendor/leaflet" });
        }
    }
}
