using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MayoralRunoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_ReceiptCode",
                table: "applications");

            migrationBuilder.AddColumn<Guid>(
                name: "RunoffOf",
                table: "elections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CarriedOverFrom",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_elections_RunoffOf",
                table: "elections",
                column: "RunoffOf",
                unique: true,
                filter: "\"RunoffOf\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_applications_CarriedOverFrom",
                table: "applications",
                column: "CarriedOverFrom");

            migrationBuilder.CreateIndex(
                name: "IX_applications_ElectionId_ReceiptCode",
                table: "applications",
                columns: new[] { "ElectionId", "ReceiptCode" },
                unique: true,
                filter: "\"ReceiptCode\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_applications_applications_CarriedOverFrom",
                table: "applications",
                column: "CarriedOverFrom",
                principalTable: "applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_elections_elections_RunoffOf",
                table: "elections",
                column: "RunoffOf",
                principalTable: "elections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_applications_applications_CarriedOverFrom",
                table: "applications");

            migrationBuilder.DropForeignKey(
                name: "FK_elections_elections_RunoffOf",
                table: "elections");

            migrationBuilder.DropIndex(
                name: "IX_elections_RunoffOf",
                table: "elections");

            migrationBuilder.DropIndex(
                name: "IX_applications_CarriedOverFrom",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "IX_applications_ElectionId_ReceiptCode",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RunoffOf",
                table: "elections");

            migrationBuilder.DropColumn(
                name: "CarriedOverFrom",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_ReceiptCode",
                table: "applications",
                column: "ReceiptCode",
                unique: true,
                filter: "\"ReceiptCode\" IS NOT NULL");
        }
    }
}
