using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PersonalNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    ElectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applicant_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 10, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
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
