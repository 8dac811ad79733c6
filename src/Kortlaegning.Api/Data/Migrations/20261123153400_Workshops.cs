using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kortlaegning.Api.Data.Migrations;

/// <inheritdoc />
public partial class Workshops : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "workshops",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                municipality_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                workshop_date = table.Column<DateOnly>(type: "date", nullable: false),
                status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                locked = table.Column<bool>(type: "boolean", nullable: false),
                join_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                facilitator_key_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                area_level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                focus_codes = table.Column<string[]>(type: "text[]", nullable: false),
                extent = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,25832)", nullable: false),
                bounds = table.Column<MultiPolygon>(type: "geometry(MultiPolygon,25832)", nullable: false),
                vote_limit = table.Column<int>(type: "integer", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_workshops", x => x.id);
                table.CheckConstraint("ck_workshops_status", "status IN ('draft','open','closed')");
                table.CheckConstraint("ck_workshops_vote_limit", "vote_limit BETWEEN 0 AND 100");
            });

        migrationBuilder.CreateTable(
            name: "workshop_categories",
            columns: table => new
            {
                workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                blur_metres = table.Column<int>(type: "integer", nullable: false),
                sort_order = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_workshop_categories", x => new { x.workshop_id, x.key });
                table.CheckConstraint("ck_workshop_categories_blur", "blur_metres BETWEEN 0 AND 5000");
                table.ForeignKey(
                    name: "FK_workshop_categories_workshops_workshop_id",
                    column: x => x.workshop_id,
                    principalTable: "workshops",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "workshop_participants",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                nickname = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_workshop_participants", x => x.id);
                table.ForeignKey(
                    name: "FK_workshop_participants_workshops_workshop_id",
                    column: x => x.workshop_id,
                    principalTable: "workshops",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "workshop_annotations",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                participant_id = table.Column<long>(type: "bigint", nullable: true),
                category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                geom = table.Column<Geometry>(type: "geometry(Geometry,25832)", nullable: false),
                status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                blurred = table.Column<bool>(type: "boolean", nullable: false),
                merged_into_id = table.Column<long>(type: "bigint", nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_workshop_annotations", x => x.id);
                table.CheckConstraint("ck_workshop_annotations_status", "status IN ('published','under_review','hidden')");
                table.ForeignKey(
                    name: "FK_workshop_annotations_workshop_annotations_merged_into_id",
                    column: x => x.merged_into_id,
                    principalTable: "workshop_annotations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_workshop_annotations_workshop_categories_workshop_id_catego~",
                    columns: x => new { x.workshop_id, x.category },
                    principalTable: "workshop_categories",
                    principalColumns: new[] { "workshop_id", "key" },
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_workshop_annotations_workshop_participants_participant_id",
                    column: x => x.participant_id,
                    principalTable: "workshop_participants",
                    principalColumn: "id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_workshop_annotations_workshops_workshop_id",
                    column: x => x.workshop_id,
                    principalTable: "workshops",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "workshop_votes",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                workshop_id = table.Column<Guid>(type: "uuid", nullable: false),
                participant_id = table.Column<long>(type: "bigint", nullable: false),
                annotation_id = table.Column<long>(type: "bigint", nullable: true),
                area_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_workshop_votes", x => x.id);
                table.CheckConstraint("ck_workshop_votes_one_target", "(annotation_id IS NULL) <> (area_code IS NULL)");
                table.ForeignKey(
                    name: "FK_workshop_votes_workshop_annotations_annotation_id",
                    column: x => x.annotation_id,
                    principalTable: "workshop_annotations",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_workshop_votes_workshop_participants_participant_id",
                    column: x => x.participant_id,
                    principalTable: "workshop_participants",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_workshop_votes_workshops_workshop_id",
                    column: x => x.workshop_id,
                    principalTable: "workshops",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_workshop_annotations_geom",
            table: "workshop_annotations",
            column: "geom")
            .Annotation("Npgsql:IndexMethod", "gist");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_annotations_merged_into_id",
            table: "workshop_annotations",
            column: "merged_into_id");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_annotations_participant_id",
            table: "workshop_annotations",
            column: "participant_id");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_annotations_workshop_id_category",
            table: "workshop_annotations",
            columns: new[] { "workshop_id", "category" });

        migrationBuilder.CreateIndex(
            name: "IX_workshop_annotations_workshop_id_status",
            table: "workshop_annotations",
            columns: new[] { "workshop_id", "status" });

        migrationBuilder.CreateIndex(
            name: "IX_workshop_participants_token_hash",
            table: "workshop_participants",
            column: "token_hash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_workshop_participants_workshop_id",
            table: "workshop_participants",
            column: "workshop_id");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_votes_annotation_id",
            table: "workshop_votes",
            column: "annotation_id");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_votes_participant_id_annotation_id",
            table: "workshop_votes",
            columns: new[] { "participant_id", "annotation_id" },
            unique: true,
            filter: "annotation_id IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_votes_participant_id_area_code",
            table: "workshop_votes",
            columns: new[] { "participant_id", "area_code" },
            unique: true,
            filter: "area_code IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_workshop_votes_workshop_id_area_code",
            table: "workshop_votes",
            columns: new[] { "workshop_id", "area_code" });

        migrationBuilder.CreateIndex(
            name: "IX_workshops_join_code",
            table: "workshops",
            column: "join_code",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "workshop_votes");

        migrationBuilder.DropTable(
            name: "workshop_annotations");

        migrationBuilder.DropTable(
            name: "workshop_categories");

        migrationBuilder.DropTable(
            name: "workshop_participants");

        migrationBuilder.DropTable(
            name: "workshops");
    }
}
