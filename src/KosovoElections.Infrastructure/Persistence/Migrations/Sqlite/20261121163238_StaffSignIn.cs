using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastTotpStep",
                table: "staff",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                table: "staff",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TotpConfirmedAt",
                table: "staff",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TotpSecret",
                table: "staff",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "staff_recovery_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwaitingSecondFactor = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
