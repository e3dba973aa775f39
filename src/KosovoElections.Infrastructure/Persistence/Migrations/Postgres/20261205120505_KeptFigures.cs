using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeptFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "figure_counts",
                columns: table => new
                {
                    ElectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Figure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_counts", x => new { x.ElectionId, x.Figure, x.Key });
                    table.ForeignKey(
                        name: "FK_figure_counts_elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "figure_hours",
                columns: table => new
                {
                    ElectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Figure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Hour = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_hours", x => new { x.ElectionId, x.Figure, x.Key, x.Hour });
                    table.ForeignKey(
                        name: "FK_figure_hours_elections_ElectionId",
                        column: x => x.ElectionId,
                        principalTable: "elections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The applications sent before the figures were kept, counted once as KeptFigures would have counted them.
            migrationBuilder.Sql("""
                INSERT INTO figure_counts ("ElectionId", "Figure", "Key", "Count")
                SELECT "ElectionId", 'Status', "Status", COUNT(*) FROM applications WHERE "SubmittedAt" IS NOT NULL GROUP BY "ElectionId", "Status"
                UNION ALL SELECT "ElectionId", 'ReturnMethod', "ReturnMethod", COUNT(*) FROM applications
                    WHERE "SubmittedAt" IS NOT NULL AND "ReturnMethod" IS NOT NULL GROUP BY "ElectionId", "ReturnMethod"
                UNION ALL SELECT "ElectionId", 'Country', address_country, COUNT(*) FROM applications
                    WHERE "SubmittedAt" IS NOT NULL AND address_country IS NOT NULL GROUP BY "ElectionId", address_country
                UNION ALL SELECT "ElectionId", 'Municipality', CAST("MunicipalityId" AS TEXT), COUNT(*) FROM applications
                    WHERE "SubmittedAt" IS NOT NULL AND "MunicipalityId" IS NOT NULL GROUP BY "ElectionId", "MunicipalityId";
                """);
            migrationBuilder.Sql("""
                INSERT INTO figure_hours ("ElectionId", "Figure", "Key", "Hour", "Count")
                SELECT "ElectionId", 'Sent', "Channel", date_trunc('hour', "SubmittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COUNT(*) FROM applications WHERE "SubmittedAt" IS NOT NULL GROUP BY 1, 3, 4
                UNION ALL SELECT "ElectionId", 'Decided', "Status", date_trunc('hour', "DecidedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COUNT(*) FROM applications
                    WHERE "SubmittedAt" IS NOT NULL AND "DecidedAt" IS NOT NULL AND "Status" IN ('Approved', 'Rejected') GROUP BY 1, 3, 4;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "figure_counts");

            migrationBuilder.DropTable(
                name: "figure_hours");
        }
    }
}
