using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicantSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_ElectionId_PersonalNumber",
                table: "applications");

            migrationBuilder.CreateTable(
                name: "applicant_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    PersonalNumber = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    ElectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applicant_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonalNumber = table.Column<string>(type: "character(10)", fixedLength: true, maxLength: 10, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_attempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "UX_applications_live_per_person",
                table: "applications",
                columns: new[] { "ElectionId", "PersonalNumber" },
                unique: true,
                filter: "\"Status\" NOT IN ('Rejected', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "IX_applicant_sessions_PersonalNumber",
                table: "applicant_sessions",
                column: "PersonalNumber");

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_attempts_ClientAddress_OccurredAt",
                table: "sign_in_attempts",
                columns: new[] { "ClientAddress", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_attempts_PersonalNumber_OccurredAt",
                table: "sign_in_attempts",
                columns: new[] { "PersonalNumber", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applicant_sessions");

            migrationBuilder.DropTable(
                name: "sign_in_attempts");

            migrationBuilder.DropIndex(
                name: "UX_applications_live_per_person",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_ElectionId_PersonalNumber",
                table: "applications",
                columns: new[] { "ElectionId", "PersonalNumber" });
        }
    }
}
