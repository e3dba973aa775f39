using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "staff",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastTotpStep",
                table: "staff",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                table: "staff",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TotpConfirmedAt",
                table: "staff",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TotpSecret",
                table: "staff",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "staff_recovery_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodeHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_recovery_codes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_recovery_codes_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwaitingSecondFactor = table.Column<bool>(type: "boolean", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staff_sessions_staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_staff_recovery_codes_StaffId_CodeHash",
                table: "staff_recovery_codes",
                columns: new[] { "StaffId", "CodeHash" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_sessions_StaffId",
                table: "staff_sessions",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staff_recovery_codes");

            migrationBuilder.DropTable(
                name: "staff_sessions");

            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "LastTotpStep",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "TotpConfirmedAt",
                table: "staff");

            migrationBuilder.DropColumn(
                name: "TotpSecret",
                table: "staff");
        }
    }
}
