using System.Text;
using Kortlaegning.Api.Facilities;
using Kortlaegning.Api.Infrastructure;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using QRCoder;

namespace Kortlaegning.Api.Workshops;

/// <summary>What a facilitator does: create and steer a workshop, moderate, merge, and turn items into planning input.</summary>
internal static class FacilitatorHandlers
{
    public static async Task<Results<Created<CreatedWorkshop>, ProblemHttpResult>> Create(
        CreateWorkshopRequest? body, HttpRequest request, NpgsqlDataSource db, IOptions<WorkshopOptions> options, CancellationToken ct)
    {
        var o = options.Value;
        var errors = new FieldErrors();
        if (body is null) { errors.Add("body", "A JSON body is required."); return errors.Problem("Invalid workshop"); }
        errors.Text("title", body.Title, 200, required: true);
        var municipality = AreaCodes.Normalise(AreaLevel.Municipality, body.Municipality);
        if (municipality is null) errors.Add("municipality", $"'municipality' is required: {AreaCodes.Describe(AreaLevel.Municipality)}.");
        if (body.Date is null) errors.Add("date", "'date' is required (yyyy-mm-dd).");
        var status = body.Status ?? WorkshopStatus.Draft;
        if (!WorkshopStatus.All.Contains(status)) errors.Add("status", $"One of {string.Join(", ", WorkshopStatus.All)}.");
        var votes = body.VoteLimit ?? o.DefaultVoteLimit;
        if (votes is < 0 or > 100) errors.Add("voteLimit", "0–100 dots per participant.");
        var categories = DefaultCategories.Validate(body.Categories, errors);
        var focus = body.Focus;
        var given = new[] { focus?.Parishes is not null, focus?.HousingDepartments is not null, focus?.Polygon is not null }.Count(x => x);
        if (given != 1) errors.Add("focus", "Give exactly one of focus.parishes, focus.housingDepartments or focus.polygon.");
        if (errors.Any) return errors.Problem("Invalid workshop");

        if (!await ExistsAsync(db, municipality!, ct)) errors.Add("municipality", $"No municipality {municipality} is loaded.");
        var (level, codes, extent, problem) = await FocusAsync(db, focus!, o, errors, ct);
        if (problem is not null) return problem;
        if (errors.Any) return errors.Problem("Invalid workshop");

        var id = Guid.NewGuid();
        var key = WorkshopSecrets.NewSecret();
        await using var conn = await db.OpenConnectionAsync(ct);
        for (int attempt = 0; ; attempt++)
        {
            var code = WorkshopSecrets.NewJoinCode();
            await using var tx = await conn.BeginTransactionAsync(ct);
            try
            {
                await using (var cmd = new NpgsqlCommand(WorkshopQueries.InsertWorkshop, conn, tx))
                {
                    var p = cmd.Parameters;
                    p.AddWithValue("id", id);
                    p.AddWithValue("title", body.Title!.Trim());
                    p.AddWithValue("municipality", municipality!);
                    p.AddWithValue("date", body.Date!.Value);
                    p.AddWithValue("status", status);
                    p.AddWithValue("code", code);
                    p.AddWithValue("keyhash", WorkshopSecrets.Hash(key));
                    p.AddWithValue("level", level);
                    p.AddWithValue("focus", codes);
                    p.AddWithValue("extent", extent!);
                    p.AddWithValue("buffer", o.ExtentBufferMetres);
                    p.AddWithValue("votes", votes);
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await UpsertCategoriesAsync(conn, tx, id, categories!, ct);
                await tx.CommitAsync(ct);
                var baseUrl = BaseUrl(request, o);
                var created = new CreatedWorkshop(id, code, key, JoinUrl(baseUrl, code), $"{baseUrl}/workshop/screen.html?id={id}#key={key}");
                return TypedResults.Created($"/api/workshops/{id}", created);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 5)
            {
                await tx.RollbackAsync(ct); // join code collision: draw another
            }
        }
    }

    public static async Task<Results<Ok<WorkshopDetails>, ProblemHttpResult>> Update(
        Guid id, UpdateWorkshopRequest? body, NpgsqlDataSource db, WorkshopBroadcaster events, ParticipantDirectory participants, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (body is null) { errors.Add("body", "A JSON body is required."); return errors.Problem("Invalid change"); }
        if (body.Title is not null) errors.Text("title", body.Title, 200, required: true);
        if (body.Status is not null && !WorkshopStatus.All.Contains(body.Status)) errors.Add("status", $"One of {string.Join(", ", WorkshopStatus.All)}.");
        if (body.VoteLimit is < 0 or > 100) errors.Add("voteLimit", "0–100 dots per participant.");
        if (errors.Any) return errors.Problem("Invalid change");
        await using (var cmd = db.CreateCommand(WorkshopQueries.UpdateWorkshop))
        {
            var p = cmd.Parameters;
            p.AddWithValue("id", id);
            p.Add("title", NpgsqlDbType.Text, body.Title?.Trim());
            p.Add("date", NpgsqlDbType.Date, body.Date);
            p.Add("status", NpgsqlDbType.Text, body.Status);
            p.Add("locked", NpgsqlDbType.Boolean, body.Locked);
            p.Add("votes", NpgsqlDbType.Integer, body.VoteLimit);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        participants.Forget(id); // the next participant request reads the new status, lock and dots
        var details = (await WorkshopData.DetailsAsync(db, id, withJoinCode: true, ct))!;
        events.Workshop(id, details);
        return TypedResults.Ok(details);
    }

    public static async Task<Results<Ok<WorkshopDetails>, ProblemHttpResult>> Categories(
        Guid id, List<CategoryRequest>? body, NpgsqlDataSource db, WorkshopBroadcaster events, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (body is null) errors.Add("categories", "A JSON array of categories is required.");
        var categories = body is null ? null : DefaultCategories.Validate(body, errors);
        if (errors.Any) return errors.Problem("Invalid categories");
        var keep = categories!.Select(c => c.Key).ToArray();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var inUse = new List<string>();
        await using (var cmd = new NpgsqlCommand(WorkshopQueries.CategoriesInUse, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("keep", keep);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) inUse.Add(r.GetString(0));
        }
        if (inUse.Count > 0)
        {
            return Problems.Status(409, "Categories in use", $"Items use {string.Join(", ", inUse)}; move them to another category first (moderation) or keep these.",
                new Dictionary<string, object?> { ["inUse"] = inUse });
        }
        await UpsertCategoriesAsync(conn, tx, id, categories!, ct);
        await using (var cmd = new NpgsqlCommand(WorkshopQueries.DeleteUnusedCategories, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("keep", keep);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        var details = (await WorkshopData.DetailsAsync(db, id, withJoinCode: true, ct))!;
        events.Workshop(id, details);
        return TypedResults.Ok(details);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Moderate(
        Guid id, long aid, ModerationRequest? body, NpgsqlDataSource db, WorkshopBroadcaster events, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (body is null || (body.Status is null && body.Category is null)) errors.Add("body", "Give 'status' and/or 'category'.");
        if (body?.Status is not null && !ModerationStatus.All.Contains(body.Status)) errors.Add("status", $"One of {string.Join(", ", ModerationStatus.All)}.");
        if (errors.Any) return errors.Problem("Invalid moderation");
        var owner = await WorkshopData.OwnerAsync(db, id, aid, ct);
        if (owner is null) return Problems.NotFound($"No item {aid} in this workshop.");
        var blur = await WorkshopData.CategoryBlurAsync(db, id, body!.Category ?? owner.Value.Category, ct);
        if (blur is null) { errors.Add("category", $"The workshop has no category '{body.Category}'."); return errors.Problem("Invalid moderation"); }
        await UpdateAsync(db, id, aid, null, null, body.Category, body.Status, null, blur.Value, ct);
        return await PublishAsync(db, events, id, aid, null, ct);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Merge(
        Guid id, long aid, MergeRequest? body, NpgsqlDataSource db, WorkshopBroadcaster events, CancellationToken ct)
    {
        if (body?.Into is not long into) return Problems.BadParameter("into", "'into' is the id of the item this duplicate merges into.");
        if (into == aid) return Problems.BadParameter("into", "An item cannot merge into itself.");
        if (await WorkshopData.OwnerAsync(db, id, aid, ct) is null) return Problems.NotFound($"No item {aid} in this workshop.");
        if (await WorkshopData.OwnerAsync(db, id, into, ct) is null) return Problems.NotFound($"No item {into} in this workshop.");
        await using (var cmd = db.CreateCommand(WorkshopQueries.Merge))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("aid", aid);
            cmd.Parameters.AddWithValue("into", into);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await PublishAsync(db, events, id, aid, null, ct);
        return await PublishAsync(db, events, id, into, null, ct);
    }

    /// <summary>
    /// "Into planning": a meeting place or resource becomes a facility (kind "facility") or a candidate health spot
    /// (kind "candidate": a facility flagged candidateSpot), through the facilities feature's own store, so access
    /// indicators refresh with it. Lines and areas are placed at a point on their surface. The item's text becomes the
    /// facility's notes; its source names the workshop and item.
    /// </summary>
    public static async Task<Results<Created<ConvertedToFacility>, ProblemHttpResult>> ToFacility(
        Guid id, long aid, FacilityRequest? body, NpgsqlDataSource db, FacilityStore facilities, FacilityTypes types, CancellationToken ct)
    {
        if (body?.Kind is not ("facility" or "candidate")) return Problems.BadParameter("kind", "'kind' is 'facility' or 'candidate'.");
        var type = types.Find(body.Type ?? "other");
        if (type is null) return Problems.BadParameter("type", $"Unknown facility type '{body.Type}'; one of: {types.Codes}.");
        string category, text;
        Geometry point;
        await using (var cmd = db.CreateCommand(WorkshopQueries.AnnotationForFacility))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("aid", aid);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return Problems.NotFound($"No item {aid} in this workshop.");
            (category, text, point) = (r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1), r.GetFieldValue<Geometry>(2));
        }
        if (category is not ("meeting_place" or "resource"))
        {
            return Problems.Status(422, "Not a place", "Only 'meeting_place' and 'resource' items can become facilities or candidate spots.");
        }
        var name = string.IsNullOrWhiteSpace(body.Name) ? (text.Length > 0 ? text[..Math.Min(text.Length, 80)] : $"Workshop item {aid}") : body.Name.Trim();
        var facility = new Facility
        {
            Name = name,
            Type = type.Code,
            Geometry = point,
            Setting = type.Setting,
            Notes = text.Length > 0 ? text : null,
            Source = $"workshop:{id}:{aid}",
            CandidateSpot = body.Kind == "candidate",
        };
        var written = await facilities.InsertAsync(facility, ct);
        if (written.Outcome != WriteOutcome.Ok)
        {
            return written.Errors!.ToProblem("Could not become a facility", StatusCodes.Status422UnprocessableEntity);
        }
        return TypedResults.Created($"/api/facilities/{written.Id}", new ConvertedToFacility(written.Id, name, type.Code, facility.CandidateSpot));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Qr(Guid id, HttpRequest request, NpgsqlDataSource db, IOptions<WorkshopOptions> options, CancellationToken ct)
    {
        var details = await WorkshopData.DetailsAsync(db, id, withJoinCode: true, ct);
        if (details is null) return Problems.NotFound("No such workshop.");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(JoinUrl(BaseUrl(request, options.Value), details.JoinCode!), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(10);
        return TypedResults.Text(svg, "image/svg+xml", Encoding.UTF8);
    }

    /// <summary>Updates an item and returns nothing; callers publish. <paramref name="pid"/> null: facilitator.</summary>
    public static async Task<int> UpdateAsync(NpgsqlDataSource db, Guid id, long aid, long? pid, string? text, string? category, string? status,
        byte[]? geom, int blur, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.Update);
        var p = cmd.Parameters;
        p.AddWithValue("id", id);
        p.AddWithValue("aid", aid);
        p.Add("pid", NpgsqlDbType.Bigint, pid);
        p.Add("text", NpgsqlDbType.Text, text);
        p.Add("category", NpgsqlDbType.Text, category);
        p.Add("status", NpgsqlDbType.Text, status);
        p.Add("geom", NpgsqlDbType.Bytea, geom);
        p.AddWithValue("blur", blur);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Sends the item's current state to every screen and answers with it.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PublishAsync(
        NpgsqlDataSource db, WorkshopBroadcaster events, Guid id, long aid, long? pid, CancellationToken ct)
    {
        var one = await WorkshopData.FeatureAsync(db, id, aid, pid, ct);
        if (one is null) return Problems.NotFound($"No item {aid} in this workshop.");
        events.Annotation(id, aid, one.Value.Status, one.Value.Feature);
        return GeoJsonText.Ok(one.Value.Feature);
    }

    private static async Task<bool> ExistsAsync(NpgsqlDataSource db, string municipality, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.MunicipalityExists);
        cmd.Parameters.AddWithValue("code", municipality);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The area level, focus codes and extent (EWKB, EPSG:25832) of the requested focus.</summary>
    private static async Task<(string Level, string[] Codes, byte[]? Extent, ProblemHttpResult? Problem)> FocusAsync(
        NpgsqlDataSource db, FocusRequest focus, WorkshopOptions o, FieldErrors errors, CancellationToken ct)
    {
        if (focus.Polygon is not null)
        {
            var shape = GeometryInput.Check(focus.Polygon, o.MaxVertices, out var json);
            if (shape is null && focus.Polygon.Value.GetProperty("type").GetString() != "Polygon") shape = "The focus must be a Polygon.";
            if (shape is not null) return ("", [], null, Problems.Status(422, "Unusable focus polygon", shape));
            try
            {
                await using var cmd = db.CreateCommand(WorkshopQueries.DrawnExtent);
                cmd.Parameters.AddWithValue("geojson", json);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                await r.ReadAsync(ct);
                if (!r.GetBoolean(0)) return ("", [], null, Problems.Status(422, "Invalid focus polygon", r.GetString(1)));
                return (AreaLevel.Parish.Name(), [], r.GetFieldValue<byte[]>(3), null);
            }
            catch (PostgresException e)
            {
                return ("", [], null, Problems.Status(422, "Unreadable focus polygon", e.MessageText));
            }
        }
        var (level, field, raw) = focus.Parishes is not null
            ? (AreaLevel.Parish, "focus.parishes", focus.Parishes)
            : (AreaLevel.HousingDepartment, "focus.housingDepartments", focus.HousingDepartments!);
        if (raw.Length is 0 or > 200) { errors.Add(field, "Give 1–200 area codes."); return ("", [], null, null); }
        var codes = raw.Select(c => AreaCodes.Normalise(level, c)).ToArray();
        for (int i = 0; i < codes.Length; i++) if (codes[i] is null) errors.Add($"{field}[{i}]", $"'{raw[i]}' is not {AreaCodes.Describe(level)}.");
        if (errors.Any) return ("", [], null, null);
        var wanted = codes.Distinct().ToArray();
        await using (var cmd = db.CreateCommand(WorkshopQueries.FocusExtent))
        {
            cmd.Parameters.AddWithValue("level", level.Name());
            cmd.Parameters.AddWithValue("codes", wanted!);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            var found = r.IsDBNull(1) ? [] : r.GetFieldValue<string[]>(1);
            foreach (var missing in wanted.Except(found)) errors.Add(field, $"No {level.Name()} with code {missing} is loaded.");
            if (errors.Any) return ("", [], null, null);
            return (level.Name(), found, r.GetFieldValue<byte[]>(0), null);
        }
    }

    private static async Task UpsertCategoriesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, Guid id, List<CategoryInfo> categories, CancellationToken ct)
    {
        for (int i = 0; i < categories.Count; i++)
        {
            await using var cmd = new NpgsqlCommand(WorkshopQueries.InsertCategory, conn, tx);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("key", categories[i].Key);
            cmd.Parameters.AddWithValue("label", categories[i].Label);
            cmd.Parameters.AddWithValue("blur", categories[i].BlurMetres);
            cmd.Parameters.AddWithValue("sort", i);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    internal static string BaseUrl(HttpRequest request, WorkshopOptions o) =>
        o.PublicBaseUrl.Length > 0 ? o.PublicBaseUrl.TrimEnd('/') : $"{request.Scheme}://{request.Host}";

    internal static string JoinUrl(string baseUrl, string code) => $"{baseUrl}/workshop/?code={code}";
}
