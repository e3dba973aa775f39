using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KosovoElections.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaperApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_applications_live_per_person",
                table: "applications");

            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "documents",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "Jpeg"); // every document before this migration is a captured JPEG

            migrationBuilder.AddColumn<int>(
                name: "Pages",
                table: "documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // an image is one page

            migrationBuilder.AddColumn<Guid>(
                name: "EnteredBy",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PostmarkedOn",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "UX_applications_approved_per_person",
                table: "applications",
                columns: new[] { "ElectionId", "PersonalNumber" },
                unique: true,
                filter: "\"Status\" = 'Approved'");

            migrationBuilder.CreateIndex(
                name: "UX_applications_live_per_person",
                table: "applications",
                columns: new[] { "ElectionId", "PersonalNumber", "Channel" },
                unique: true,
                filter: "\"Status\" NOT IN ('Rejected', 'Withdrawn')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_applications_approved_per_person",
                table: "applications");

            migrationBuilder.DropIndex(
                name: "UX_applications_live_per_person",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "Pages",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "EnteredBy",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "PostmarkedOn",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "UX_applications_live_per_person",
                table: "applications",
                columns: new[] { "ElectionId", "PersonalNumber" },
                unique: true,
                filter: "\"Status\" NOT IN ('Rejected', 'Withdrawn')");
        }
    }
}
