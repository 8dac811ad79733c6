using System.Text;
using Kortlaegning.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Kortlaegning.Api.Workshops;

/// <summary>What a participant does with the token from join: add, edit and delete their own items, and place dots.</summary>
internal static class ParticipantHandlers
{
    public static async Task<Results<Created<Joined>, ProblemHttpResult>> Join(JoinRequest? body, NpgsqlDataSource db, IOptions<WorkshopOptions> options, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = WorkshopSecrets.NormaliseJoinCode(body?.Code);
        if (code.Length is < 4 or > 8) errors.Add("code", "The join code shown on the screen, e.g. K7M2QX.");
        errors.Text("nickname", body?.Nickname, 40, required: false);
        if (errors.Any) return errors.Problem("Cannot join");
        Guid id;
        await using (var cmd = db.CreateCommand(WorkshopQueries.WorkshopByCode))
        {
            cmd.Parameters.AddWithValue("code", code);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return Problems.NotFound("No workshop has that code.");
            id = r.GetGuid(0);
            if (r.GetString(1) != WorkshopStatus.Open) return Problems.Status(409, "Workshop not open", $"The workshop is {r.GetString(1)}.");
        }
        var token = WorkshopSecrets.NewSecret();
        var nickname = string.IsNullOrWhiteSpace(body!.Nickname) ? null : body.Nickname.Trim();
        await using (var cmd = db.CreateCommand(WorkshopQueries.InsertParticipant))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("hash", WorkshopSecrets.Hash(token));
            cmd.Parameters.Add("nickname", NpgsqlDbType.Text, nickname);
            await cmd.ExecuteScalarAsync(ct);
        }
        var details = await WorkshopData.DetailsAsync(db, id, withJoinCode: false, ct);
        return TypedResults.Created($"/api/workshops/{id}", new Joined(id, token, nickname, details?.VoteLimit ?? options.Value.DefaultVoteLimit));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Add(
        Guid id, AnnotationRequest? body, HttpContext http, NpgsqlDataSource db, WorkshopBroadcaster events, IOptions<WorkshopOptions> options, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var o = options.Value;
        var errors = new FieldErrors();
        if (body?.Category is null || !FieldErrors.CategoryKey().IsMatch(body.Category)) errors.Add("category", "'category' is required: one of the workshop's category keys.");
        errors.Text("text", body?.Text, o.MaxTextLength, required: false);
        var shape = GeometryInput.Check(body?.Geometry, o.MaxVertices, out var json);
        if (errors.Any) return errors.Problem("Invalid item");
        if (shape is not null) return Problems.Status(422, "Unusable geometry", shape);

        long aid;
        string feature;
        try
        {
            await using var cmd = db.CreateCommand(WorkshopQueries.AddAnnotation);
            var p = cmd.Parameters;
            p.AddWithValue("id", id);
            p.AddWithValue("pid", me.Id);
            p.AddWithValue("category", body!.Category!);
            p.AddWithValue("text", body.Text?.Trim() ?? "");
            p.AddWithValue("geojson", json);
            p.AddWithValue("maxv", o.MaxVertices);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            await r.ReadAsync(ct);
            var check = new GeometryCheck(r.GetBoolean(0), r.GetInt32(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(4), r.GetBoolean(5), []);
            if (r.IsDBNull(6)) return Refusal(check, body.Category!, o)!;
            (aid, feature) = (r.GetInt64(6), r.GetString(7));
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InternalError or PostgresErrorCodes.InvalidParameterValue)
        {
            return Problems.Status(422, "Unreadable geometry", e.MessageText);
        }
        events.Annotation(id, aid, ModerationStatus.Published, feature);
        http.Response.Headers.Location = $"/api/workshops/{id}/annotations/{aid}";
        return TypedResults.Text(feature, GeoJsonText.MediaType, Encoding.UTF8, StatusCodes.Status201Created);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Edit(
        Guid id, long aid, AnnotationRequest? body, HttpContext http, NpgsqlDataSource db, WorkshopBroadcaster events, IOptions<WorkshopOptions> options, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var o = options.Value;
        var errors = new FieldErrors();
        if (body is null || (body.Category is null && body.Text is null && body.Geometry is null)) errors.Add("body", "Give 'text', 'category' and/or 'geometry'.");
        if (body?.Category is not null && !FieldErrors.CategoryKey().IsMatch(body.Category)) errors.Add("category", "One of the workshop's category keys.");
        if (body?.Text is not null) errors.Text("text", body.Text, o.MaxTextLength, required: false);
        string json = "";
        var shape = body?.Geometry is null ? null : GeometryInput.Check(body.Geometry, o.MaxVertices, out json);
        if (errors.Any) return errors.Problem("Invalid change");
        if (shape is not null) return Problems.Status(422, "Unusable geometry", shape);

        var owner = await WorkshopData.OwnerAsync(db, id, aid, ct);
        if (owner is null) return Problems.NotFound($"No item {aid} in this workshop.");
        if (owner.Value.Participant != me.Id) return Problems.Status(403, "Not your item", "Participants can change only the items they added.");
        var category = body!.Category ?? owner.Value.Category;
        byte[]? geom = null;
        int blur;
        if (body.Geometry is not null)
        {
            var (check, problem) = await CheckAsync(db, id, json, category, o, ct);
            if (problem is not null) return problem;
            (geom, blur) = (check!.Ewkb, check.BlurMetres);
        }
        else
        {
            var known = await WorkshopData.CategoryBlurAsync(db, id, category, ct);
            if (known is null) { errors.Add("category", $"The workshop has no category '{category}'."); return errors.Problem("Invalid change"); }
            blur = known.Value;
        }
        await FacilitatorHandlers.UpdateAsync(db, id, aid, me.Id, body.Text?.Trim(), body.Category, null, geom, blur, ct);
        return await FacilitatorHandlers.PublishAsync(db, events, id, aid, me.Id, ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, long aid, HttpContext http, NpgsqlDataSource db, WorkshopBroadcaster events, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        var owner = await WorkshopData.OwnerAsync(db, id, aid, ct);
        if (owner is null) return Problems.NotFound($"No item {aid} in this workshop.");
        if (owner.Value.Participant != me.Id) return Problems.Status(403, "Not your item", "Participants can delete only the items they added.");
        await using var cmd = db.CreateCommand(WorkshopQueries.DeleteOwn);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("aid", aid);
        cmd.Parameters.AddWithValue("pid", me.Id);
        await cmd.ExecuteNonQueryAsync(ct);
        events.AnnotationRemoved(id, aid);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<MyVotes>, ProblemHttpResult>> Vote(
        Guid id, VoteRequest? body, HttpContext http, NpgsqlDataSource db, WorkshopBroadcaster events, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        if ((body?.AnnotationId is null) == (body?.Area is null)) return Problems.BadParameter("target", "Give exactly one of 'annotationId' or 'area'.");
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await Scalar(conn, tx, WorkshopQueries.LockParticipant, ct, ("pid", me.Id));
        var used = (long)(await Scalar(conn, tx, WorkshopQueries.VotesUsed, ct, ("pid", me.Id)))!;
        if (used >= me.VoteLimit) return Problems.Status(409, "No dots left", $"Each participant has {me.VoteLimit} dots; remove one to place it elsewhere.");
        var exists = body!.AnnotationId is long aid
            ? (bool)(await Scalar(conn, tx, WorkshopQueries.PublishedAnnotationExists, ct, ("id", id), ("aid", aid)))!
            : (bool)(await Scalar(conn, tx, WorkshopQueries.AreaInWorkshop, ct, ("id", id), ("code", body.Area!)))!;
        if (!exists) return Problems.NotFound(body.AnnotationId is not null ? $"No published item {body.AnnotationId}." : $"No area {body.Area} in this workshop.");
        await using (var cmd = new NpgsqlCommand(WorkshopQueries.InsertVote, conn, tx))
        {
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("pid", me.Id);
            cmd.Parameters.Add("aid", NpgsqlDbType.Bigint, body.AnnotationId);
            cmd.Parameters.Add("area", NpgsqlDbType.Text, body.Area);
            if (await cmd.ExecuteScalarAsync(ct) is null) return Problems.Status(409, "Already voted", "You already put a dot here.");
        }
        await tx.CommitAsync(ct);
        await PublishVotesAsync(db, events, id, body.AnnotationId, body.Area, ct);
        return TypedResults.Created($"/api/workshops/{id}/me", await MyVotesAsync(db, me, ct));
    }

    public static async Task<Results<Ok<MyVotes>, ProblemHttpResult>> Unvote(Guid id, long vid, HttpContext http, NpgsqlDataSource db, WorkshopBroadcaster events, CancellationToken ct)
    {
        var me = ParticipantContext.From(http);
        await using var cmd = db.CreateCommand(WorkshopQueries.DeleteVote);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("vid", vid);
        cmd.Parameters.AddWithValue("pid", me.Id);
        long? aid;
        string? area;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct)) return Problems.NotFound($"You have no dot {vid}.");
            (aid, area) = (r.IsDBNull(0) ? null : r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1));
        }
        await PublishVotesAsync(db, events, id, aid, area, ct);
        return TypedResults.Ok(await MyVotesAsync(db, me, ct));
    }

    public static async Task<Ok<MyVotes>> Me(HttpContext http, NpgsqlDataSource db, CancellationToken ct) =>
        TypedResults.Ok(await MyVotesAsync(db, ParticipantContext.From(http), ct));

    private static async Task<(GeometryCheck? Check, ProblemHttpResult? Problem)> CheckAsync(
        NpgsqlDataSource db, Guid id, string json, string category, WorkshopOptions o, CancellationToken ct)
    {
        GeometryCheck check;
        try
        {
            check = await WorkshopData.CheckGeometryAsync(db, id, json, category, ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InternalError or PostgresErrorCodes.InvalidParameterValue)
        {
            return (null, Problems.Status(422, "Unreadable geometry", e.MessageText));
        }
        var refusal = Refusal(check, category, o);
        return refusal is null ? (check, null) : (null, refusal);
    }

    /// <summary>Why PostGIS refused an item, as a problem; null when every check passed.</summary>
    private static ProblemHttpResult? Refusal(GeometryCheck check, string category, WorkshopOptions o)
    {
        if (!check.CategoryKnown)
        {
            var errors = new FieldErrors();
            errors.Add("category", $"The workshop has no category '{category}'.");
            return errors.Problem("Invalid item");
        }
        if (!check.Valid) return Problems.Status(422, "Invalid geometry", $"PostGIS: {check.Reason}.");
        if (check.Vertices > o.MaxVertices) return Problems.Status(422, "Too many vertices", $"{check.Vertices} vertices; at most {o.MaxVertices}.");
        if (!check.Inside) return Problems.Status(422, "Outside the workshop area", $"Items must lie within the focus areas or {o.ExtentBufferMetres:0} m of them.");
        return null;
    }

    private static async Task PublishVotesAsync(NpgsqlDataSource db, WorkshopBroadcaster events, Guid id, long? aid, string? area, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(aid is not null ? WorkshopQueries.AnnotationVotes : WorkshopQueries.AreaVotes);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.Add("aid", NpgsqlDbType.Bigint, aid);
        cmd.Parameters.Add("area", NpgsqlDbType.Text, area);
        events.Votes(id, aid, area, (long)(await cmd.ExecuteScalarAsync(ct))!);
    }

    private static async Task<MyVotes> MyVotesAsync(NpgsqlDataSource db, ParticipantContext me, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(WorkshopQueries.MyVotes);
        cmd.Parameters.AddWithValue("pid", me.Id);
        var votes = new List<VoteInfo>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) votes.Add(new VoteInfo(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2)));
        return new MyVotes(me.VoteLimit, votes.Count, Math.Max(0, me.VoteLimit - votes.Count), votes);
    }

    private static async Task<object?> Scalar(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct, params (string Name, object Value)[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return await cmd.ExecuteScalarAsync(ct);
    }
}
